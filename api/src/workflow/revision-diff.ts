import { diffWords } from 'diff';
import {
  CONTENT_FIELD_LABELS,
  CONTENT_FIELDS,
  type FieldDiff,
  type LeistungContent,
} from '@auskunft/contracts';
import { htmlToPlainText } from '../common/html-sanitizer';

const TEXT_FIELDS = new Set<keyof LeistungContent>([
  'title',
  'plainTitle',
  'shortText',
  'fullText',
  'procedure',
  'processingTime',
  'deadlines',
  'legalBasis',
  'internalNotes',
]);

/** Field-by-field comparison of two revisions; long text fields get a word diff (Volltext compared as text). */
export function compareContent(
  before: LeistungContent,
  after: LeistungContent,
): FieldDiff[] {
  const changes: FieldDiff[] = [];
  for (const field of CONTENT_FIELDS) {
    const a = before[field];
    const b = after[field];
    if (JSON.stringify(a) === JSON.stringify(b)) {
      continue;
    }
    const change: FieldDiff = {
      field,
      label: CONTENT_FIELD_LABELS[field],
      before: a,
      after: b,
    };
    if (TEXT_FIELDS.has(field)) {
      const text = (value: unknown) =>
        field === 'fullText'
          ? htmlToPlainText(String(value ?? ''))
          : String(value ?? '');
      change.textChanges = diffWords(text(a), text(b)).map((part) => ({
        value: part.value,
        ...(part.added ? { added: true } : {}),
        ...(part.removed ? { removed: true } : {}),
      }));
    }
    changes.push(change);
  }
  return changes;
}
