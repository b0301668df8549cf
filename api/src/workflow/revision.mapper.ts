import type { Revision, RevisionSummary } from '@auskunft/contracts';
import { LeistungRevision } from './leistung-revision.entity';

export function toRevisionSummary(revision: LeistungRevision): RevisionSummary {
  return {
    id: revision.id,
    number: revision.number,
    status: revision.status,
    authorName: revision.authorName,
    lastEditorName: revision.lastEditorName,
    changeNote: revision.changeNote,
    createdAt: revision.createdAt.toISOString(),
    updatedAt: revision.updatedAt.toISOString(),
    submittedAt: revision.submittedAt?.toISOString() ?? null,
    reviewerName: revision.reviewerName,
    reviewedAt: revision.reviewedAt?.toISOString() ?? null,
    reviewComment: revision.reviewComment,
    rejected: revision.rejected,
    version: revision.version,
  };
}

export function toRevision(revision: LeistungRevision): Revision {
  return {
    ...toRevisionSummary(revision),
    leistungId: revision.leistungId,
    content: revision.content,
    contributorIds: revision.contributorIds,
  };
}
