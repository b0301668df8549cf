import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type {
  LeistungStaff,
  Revision,
  RevisionComparison,
  RevisionSummary,
  SessionUser,
} from '@auskunft/contracts';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { notFound } from '../common/api-errors';
import {
  WorkflowCommentDto,
  WorkingCopyDto,
} from '../leistungen/dto/leistung-write.dto';
import { toLeistungStaff } from '../leistungen/leistung.mapper';
import { UUID } from '../common/uuid-param';
import { CompareQueryDto } from './compare-query.dto';
import { compareContent } from './revision-diff';
import { toRevision, toRevisionSummary } from './revision.mapper';
import { WorkflowService } from './workflow.service';

@ApiTags('workflow')
@Controller({ path: 'leistungen/:id', version: '1' })
export class WorkflowController {
  constructor(private readonly workflow: WorkflowService) {}

  @Get('working-copy')
  @RequirePermission('staff:read')
  async workingCopy(@Param('id', UUID) id: string): Promise<Revision> {
    const revision = await this.workflow.workingCopy(id);
    if (!revision) {
      throw notFound('Arbeitsversion', id);
    }
    return toRevision(revision);
  }

  /** Saves the working copy (creates one from the live content when `version` is omitted). */
  @Put('working-copy')
  @RequirePermission('leistung:edit')
  @ApiConflictResponse({
    description:
      'Stale version: someone else saved in between (body names who and when)',
  })
  async save(
    @Param('id', UUID) id: string,
    @Body() body: WorkingCopyDto,
    @CurrentUser() user: SessionUser,
  ): Promise<Revision> {
    return toRevision(await this.workflow.save(id, body, user));
  }

  @Delete('working-copy')
  @RequirePermission('leistung:edit')
  @HttpCode(204)
  async discard(
    @Param('id', UUID) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<void> {
    await this.workflow.discard(id, user);
  }

  @Post('working-copy/submit')
  @RequirePermission('leistung:edit')
  @HttpCode(200)
  async submit(
    @Param('id', UUID) id: string,
    @Body() body: WorkflowCommentDto,
    @CurrentUser() user: SessionUser,
  ): Promise<RevisionSummary> {
    return toRevisionSummary(
      await this.workflow.submit(id, user, body.comment),
    );
  }

  /** Four-eyes release by someone who did not edit the working copy. */
  @Post('working-copy/release')
  @RequirePermission('leistung:release')
  @HttpCode(200)
  async release(
    @Param('id', UUID) id: string,
    @Body() body: WorkflowCommentDto,
    @CurrentUser() user: SessionUser,
  ): Promise<RevisionSummary> {
    return toRevisionSummary(
      await this.workflow.release(id, user, body.comment),
    );
  }

  @Post('working-copy/reject')
  @RequirePermission('leistung:release')
  @HttpCode(200)
  async reject(
    @Param('id', UUID) id: string,
    @Body() body: WorkflowCommentDto,
    @CurrentUser() user: SessionUser,
  ): Promise<RevisionSummary> {
    return toRevisionSummary(
      await this.workflow.reject(id, user, body.comment),
    );
  }

  @Get('revisions')
  @RequirePermission('staff:read')
  async history(@Param('id', UUID) id: string): Promise<RevisionSummary[]> {
    return (await this.workflow.history(id)).map(toRevisionSummary);
  }

  /** Field-by-field comparison of any two revisions. */
  @Get('revisions/compare')
  @RequirePermission('staff:read')
  async compare(
    @Param('id', UUID) id: string,
    @Query() query: CompareQueryDto,
  ): Promise<RevisionComparison> {
    const [from, to] = await Promise.all([
      this.workflow.revision(id, query.from),
      this.workflow.revision(id, query.to),
    ]);
    return {
      from: query.from,
      to: query.to,
      changes: compareContent(from.content, to.content),
    };
  }

  @Get('revisions/:number')
  @RequirePermission('staff:read')
  async revision(
    @Param('id', UUID) id: string,
    @Param('number', ParseIntPipe) number: number,
  ): Promise<Revision> {
    return toRevision(await this.workflow.revision(id, number));
  }

  /** Starts a new working copy from an old revision. */
  @Post('revisions/:number/restore')
  @RequirePermission('leistung:edit')
  async restore(
    @Param('id', UUID) id: string,
    @Param('number', ParseIntPipe) number: number,
    @CurrentUser() user: SessionUser,
  ): Promise<Revision> {
    return toRevision(await this.workflow.restore(id, number, user));
  }

  /** "Still correct": sets a new review date without changing the content. */
  @Post('confirm')
  @RequirePermission('leistung:confirm')
  @HttpCode(200)
  async confirm(
    @Param('id', UUID) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<LeistungStaff> {
    const leistung = await this.workflow.confirm(id, user);
    return toLeistungStaff(leistung, await this.openCopy(id));
  }

  @Post('archive')
  @RequirePermission('leistung:delete')
  @HttpCode(200)
  async archive(
    @Param('id', UUID) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<LeistungStaff> {
    const leistung = await this.workflow.archive(id, user);
    return toLeistungStaff(leistung, await this.openCopy(id));
  }

  private async openCopy(id: string): Promise<RevisionSummary | null> {
    const revision = await this.workflow.workingCopy(id);
    return revision ? toRevisionSummary(revision) : null;
  }
}
