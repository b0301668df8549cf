import type {
  Fee,
  FieldDiff,
  LeistungContent,
  Link,
  RequiredDocument,
  TextChange,
} from '@auskunft/contracts';

export type ItemChange = 'added' | 'removed' | 'same';

export interface DiffItem {
  text: string;
  change: ItemChange;
}

/**
 * One piece of a word diff. Changed words carry a visible marker (+/−) and
 * words for screen readers around them; changed whitespace gets neither.
 */
export interface TextPart {
  change: ItemChange;
  value: string;
  marker: string;
  before: string;
  after: string;
}

/** One row of the comparison: a word diff for text, or the items before and after. */
export type DiffRow =
  | {
      field: keyof LeistungContent;
      label: string;
      kind: 'text';
      parts: TextPart[];
      /** The Volltext is compared as plain text: bold or a heading alone changes no word. */
      formattingOnly: boolean;
    }
  | {
      field: keyof LeistungContent;
      label: string;
      kind: 'values';
      before: DiffItem[];
      after: DiffItem[];
    };

const LINK_FIELDS = new Set<keyof LeistungContent>([
  'forms',
  'onlineServices',
  'furtherLinks',
]);

const euro = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
});

function amount(fee: Fee): string {
  const format = (value: number) =>
    fee.currency === 'EUR'
      ? euro.format(value)
      : `${value.toLocaleString('de-DE')} ${fee.currency}`;
  if (fee.amountMin !== null && fee.amountMax !== null) {
    return `${format(fee.amountMin)} – ${format(fee.amountMax)}`;
  }
  const single = fee.amountMin ?? fee.amountMax;
  return single === null ? 'ohne Betrag' : format(single);
}

function isoDate(value: string): string {
  const [year, month, day] = value.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** A field's value as readable lines, one per list item; empty values give no lines. */
export function displayItems(
  field: keyof LeistungContent,
  value: unknown,
): string[] {
  if (value === null || value === undefined || value === '') {
    return [];
  }
  if (field === 'requiredDocuments') {
    return (value as RequiredDocument[]).map(
      (document) =>
        document.name +
        (document.note ? ` – ${document.note}` : '') +
        (document.condition === 'conditional'
          ? ' (nur in bestimmten Fällen)'
          : '') +
        (document.originalRequired ? ' (im Original)' : ''),
    );
  }
  if (field === 'fees') {
    return (value as Fee[]).map(
      (fee) =>
        `${fee.label}: ${amount(fee)}` + (fee.note ? ` – ${fee.note}` : ''),
    );
  }
  if (LINK_FIELDS.has(field)) {
    return (value as Link[]).map((link) => `${link.name} – ${link.url}`);
  }
  if (field === 'validFrom' || field === 'validTo') {
    return [isoDate(String(value))];
  }
  return Array.isArray(value)
    ? value.map((entry) => String(entry))
    : [String(value)];
}

/** Lines only on one side are removed or added; lines on both are unchanged. */
function compareItems(
  before: string[],
  after: string[],
): { before: DiffItem[]; after: DiffItem[] } {
  return {
    before: before.map((text) => ({
      text,
      change: after.includes(text) ? 'same' : 'removed',
    })),
    after: after.map((text) => ({
      text,
      change: before.includes(text) ? 'same' : 'added',
    })),
  };
}

export function textParts(changes: TextChange[]): TextPart[] {
  return changes.map((change) => {
    const kind: ItemChange = change.added
      ? 'added'
      : change.removed
        ? 'removed'
        : 'same';
    const marked = kind !== 'same' && change.value.trim() !== '';
    return {
      change: kind,
      value: change.value,
      marker: marked ? (kind === 'added' ? '+' : '−') : '',
      before: marked ? (kind === 'added' ? '[eingefügt: ' : '[entfernt: ') : '',
      after: marked ? ']' : '',
    };
  });
}

export function diffRows(changes: FieldDiff[]): DiffRow[] {
  return changes.map((change): DiffRow => {
    if (change.textChanges) {
      return {
        field: change.field,
        label: change.label,
        kind: 'text',
        parts: textParts(change.textChanges),
        formattingOnly: change.textChanges.every(
          (part) => !part.added && !part.removed,
        ),
      };
    }
    return {
      field: change.field,
      label: change.label,
      kind: 'values',
      ...compareItems(
        displayItems(change.field, change.before),
        displayItems(change.field, change.after),
      ),
    };
  });
}
