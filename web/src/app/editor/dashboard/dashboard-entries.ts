import {
  type DashboardItem,
  type EditorDashboard,
  FEEDBACK_KIND_LABELS,
  type Feedback,
} from '@auskunft/contracts';
import { editorLeistungLink } from '../../paths';
import { statusSymbol } from '../status-labels';
import type { DashboardEntry } from './dashboard-section';

const ITEM_STATUS_LABELS: Record<string, string> = {
  draft: 'Entwurf',
  in_review: 'In Prüfung',
  rejected: 'Zurückgewiesen',
  overdue: 'Wiedervorlage überfällig',
};

function itemEntry(item: DashboardItem, detail: string): DashboardEntry {
  return {
    key: `${item.leistungId}-${item.revisionNumber ?? 'live'}`,
    title: item.title,
    link: editorLeistungLink(item.leistungId),
    status: ITEM_STATUS_LABELS[item.status] ?? item.status,
    symbol: statusSymbol(item.status),
    detail,
    date: item.date,
  };
}

function feedbackEntry(feedback: Feedback): DashboardEntry {
  return {
    key: feedback.id,
    title: feedback.leistungTitle,
    link: editorLeistungLink(feedback.leistungId),
    status: FEEDBACK_KIND_LABELS[feedback.kind],
    symbol: '✉',
    detail: `von ${feedback.createdByName}: „${feedback.comment}“`,
    date: feedback.createdAt,
  };
}

export interface DashboardEntries {
  myDrafts: DashboardEntry[];
  awaitingMyReview: DashboardEntry[];
  overdueReviews: DashboardEntry[];
  openFeedback: DashboardEntry[];
}

/** The API's to-do lists as lines the dashboard can show alike. */
export function dashboardEntries(dashboard: EditorDashboard): DashboardEntries {
  return {
    myDrafts: dashboard.myDrafts.map((item) =>
      itemEntry(
        item,
        item.sachgebietCode ? `Sachgebiet ${item.sachgebietCode}` : '',
      ),
    ),
    awaitingMyReview: dashboard.awaitingMyReview.map((item) =>
      itemEntry(item, item.by ? `eingereicht von ${item.by}` : ''),
    ),
    overdueReviews: dashboard.overdueReviews.map((item) =>
      itemEntry(
        item,
        item.sachgebietCode ? `Sachgebiet ${item.sachgebietCode}` : '',
      ),
    ),
    openFeedback: dashboard.openFeedback.map(feedbackEntry),
  };
}
