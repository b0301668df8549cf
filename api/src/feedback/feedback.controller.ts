import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Feedback, SessionUser } from '@auskunft/contracts';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { UUID } from '../common/uuid-param';
import {
  FeedbackAnswerDto,
  FeedbackQueryDto,
  FeedbackWriteDto,
} from './feedback.dto';
import { FeedbackService } from './feedback.service';

@ApiTags('feedback')
@Controller({ version: '1' })
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  /** An agent reports "outdated", "wrong", "missing information" or "unclear". */
  @Post('leistungen/:id/feedback')
  @RequirePermission('feedback:create')
  create(
    @Param('id', UUID) id: string,
    @Body() body: FeedbackWriteDto,
    @CurrentUser() user: SessionUser,
  ): Promise<Feedback> {
    return this.feedback.create(id, body, user);
  }

  /** Admins: all; editors: their Sachgebiete' inbox and own reports; agents: own reports with answers. */
  @Get('feedback')
  @RequirePermission('staff:read')
  list(
    @Query() query: FeedbackQueryDto,
    @CurrentUser() user: SessionUser,
  ): Promise<Feedback[]> {
    return this.feedback.list(query, user);
  }

  /** Answers and closes a report; only editors of the Leistung's Sachgebiet or admins. */
  @Post('feedback/:feedbackId/answer')
  @RequirePermission('feedback:answer')
  answer(
    @Param('feedbackId', UUID) id: string,
    @Body() body: FeedbackAnswerDto,
    @CurrentUser() user: SessionUser,
  ): Promise<Feedback> {
    return this.feedback.answer(id, body, user);
  }
}
