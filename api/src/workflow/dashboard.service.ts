import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import type {
  DashboardItem,
  EditorDashboard,
  SessionUser,
} from '@auskunft/contracts';
import { FeedbackService } from '../feedback/feedback.service';
import { Leistung } from '../leistungen/leistung.entity';
import { LeistungRevision } from './leistung-revision.entity';
import { todayIso } from './review-dates';

/** What an editor has to do: own drafts, others' changes to review, overdue reviews, open feedback. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feedback: FeedbackService,
  ) {}

  async forUser(user: SessionUser): Promise<EditorDashboard> {
    const inScope = (code: string | null) =>
      user.role === 'admin' || (!!code && user.sachgebiete.includes(code));
    const open = await this.dataSource.getRepository(LeistungRevision).find({
      where: { status: In(['draft', 'in_review']) },
      order: { updatedAt: 'DESC' },
    });
    const myDrafts: DashboardItem[] = [];
    const awaitingMyReview: DashboardItem[] = [];
    for (const revision of open) {
      const item: DashboardItem = {
        leistungId: revision.leistungId,
        title: revision.content.title,
        sachgebietCode: revision.content.sachgebiet,
        revisionNumber: revision.number,
        status:
          revision.rejected && revision.status === 'draft'
            ? 'rejected'
            : (revision.status as 'draft' | 'in_review'),
        date: (revision.submittedAt ?? revision.updatedAt).toISOString(),
        by: revision.lastEditorName,
      };
      const mine = revision.contributorIds.includes(user.id);
      if (mine && revision.status === 'draft') {
        myDrafts.push(item);
      } else if (
        !mine &&
        revision.status === 'in_review' &&
        inScope(revision.content.sachgebiet)
      ) {
        awaitingMyReview.push(item);
      }
    }
    const overdue = await this.dataSource.getRepository(Leistung).find({
      where: { status: 'published', reviewDue: LessThan(todayIso()) },
      relations: { sachgebiet: true },
      order: { reviewDue: 'ASC' },
    });
    const overdueReviews = overdue
      .filter((leistung) => inScope(leistung.sachgebiet?.code ?? null))
      .map((leistung) => ({
        leistungId: leistung.id,
        title: leistung.title,
        sachgebietCode: leistung.sachgebiet?.code ?? null,
        revisionNumber: null,
        status: 'overdue' as const,
        date: leistung.reviewDue,
        by: null,
      }));
    const openFeedback = (
      await this.feedback.list({ status: 'open' }, user)
    ).filter((entry) => inScope(entry.sachgebietCode));
    return { myDrafts, awaitingMyReview, overdueReviews, openFeedback };
  }
}
