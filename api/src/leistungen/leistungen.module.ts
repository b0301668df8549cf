import { Module } from '@nestjs/common';
import { DashboardController } from '../workflow/dashboard.controller';
import { DashboardService } from '../workflow/dashboard.service';
import { WorkflowController } from '../workflow/workflow.controller';
import { WorkflowService } from '../workflow/workflow.service';
import { FeedbackController } from '../feedback/feedback.controller';
import { FeedbackService } from '../feedback/feedback.service';
import {
  LeistungenController,
  PublicLeistungenController,
} from './leistungen.controller';
import { LeistungenService } from './leistungen.service';

/** Leistungen with their editorial workflow and agents' feedback. */
@Module({
  controllers: [
    LeistungenController,
    PublicLeistungenController,
    WorkflowController,
    FeedbackController,
    DashboardController,
  ],
  providers: [
    LeistungenService,
    WorkflowService,
    FeedbackService,
    DashboardService,
  ],
  exports: [LeistungenService, WorkflowService],
})
export class LeistungenModule {}
