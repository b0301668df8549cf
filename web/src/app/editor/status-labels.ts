import type {
  LeistungStatus,
  RevisionStatus,
  RevisionSummary,
} from '@auskunft/contracts';

export const LEISTUNG_STATUS_LABELS: Record<LeistungStatus, string> = {
  draft: 'Entwurf (nicht veröffentlicht)',
  in_review: 'In Prüfung',
  published: 'Veröffentlicht',
  archived: 'Archiviert',
};

export const REVISION_STATUS_LABELS: Record<RevisionStatus, string> = {
  draft: 'Entwurf',
  in_review: 'In Prüfung',
  released: 'Freigegeben',
  discarded: 'Verworfen',
};

/** A revision sent back by its reviewer is a draft again, but the editors must see why. */
export function revisionStatusLabel(
  revision: Pick<RevisionSummary, 'status' | 'rejected'>,
): string {
  return revision.status === 'draft' && revision.rejected
    ? 'Zurückgewiesen'
    : REVISION_STATUS_LABELS[revision.status];
}

/**
 * A symbol beside each status word, so the state does not depend on colour;
 * the word itself is always shown too.
 */
export function statusSymbol(status: string): string {
  switch (status) {
    case 'draft':
      return '✎';
    case 'in_review':
      return '◐';
    case 'released':
    case 'published':
      return '✓';
    case 'rejected':
      return '↩';
    case 'discarded':
    case 'archived':
      return '✕';
    case 'overdue':
      return '⚠';
    default:
      return '•';
  }
}
