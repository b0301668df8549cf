import {
  type Fee,
  type LeistungStaff,
  type Link,
  type RequiredDocument,
  type StandortPublic,
  WEEKDAYS,
  type WeeklyHours,
} from '@auskunft/contracts';
import {
  WEEKDAY_LABELS,
  hasSchedule,
  spokenTime,
} from '../shared/opening-status/opening-status';

export interface PlainTextAnswerInput {
  leistung: LeistungStaff;
  /** Indexes of the documents the caller already has. */
  ticked: ReadonlySet<number>;
  /** The fee amount as the page shows it ("25,30 €"), or null when it varies. */
  feeAmount: (fee: Fee) => string | null;
  /** Absolute URL of the Leistung's public page. */
  publicUrl: string;
}

/**
 * The answer as plain text for an e-mail to the caller: what is still missing,
 * what it costs, where and when. Only public fields are used; internal notes
 * and staff contact data never leave the desk this way.
 */
export function plainTextAnswer(input: PlainTextAnswerInput): string {
  const { leistung } = input;
  const blocks: string[] = [leistung.title];
  if (leistung.shortText.trim()) {
    blocks.push(leistung.shortText.trim());
  }
  blocks.push(documentsBlock(leistung.requiredDocuments, input.ticked));
  if (leistung.fees.length) {
    blocks.push(
      lines(
        'Gebühren:',
        leistung.fees.map((fee) => `- ${feeLine(fee, input.feeAmount)}`),
      ),
    );
  }
  const where = whereAndWhen(leistung);
  if (where) {
    blocks.push(where);
  }
  if (leistung.onlineServices.length) {
    blocks.push(
      lines('Online erledigen:', leistung.onlineServices.map(linkLine)),
    );
  }
  if (leistung.forms.length) {
    blocks.push(lines('Formulare:', leistung.forms.map(linkLine)));
  }
  blocks.push(`Alle Angaben zu dieser Leistung:\n${input.publicUrl}`);
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

function lines(heading: string, items: string[]): string {
  return [heading, ...items].join('\n');
}

function documentsBlock(
  documents: RequiredDocument[],
  ticked: ReadonlySet<number>,
): string {
  if (documents.length === 0) {
    return '';
  }
  const missing = documents.filter((_, index) => !ticked.has(index));
  if (missing.length === 0) {
    return 'Unterlagen: Sie haben alle erforderlichen Unterlagen.';
  }
  const heading =
    missing.length === documents.length
      ? 'Bitte bringen Sie mit:'
      : 'Diese Unterlagen fehlen noch:';
  return lines(
    heading,
    missing.map((document) => `- ${documentLine(document)}`),
  );
}

function documentLine(document: RequiredDocument): string {
  const details = [
    document.originalRequired ? 'im Original' : '',
    document.condition === 'conditional' ? 'nur in bestimmten Fällen' : '',
    document.note.trim(),
  ].filter(Boolean);
  return details.length
    ? `${document.name} (${details.join(', ')})`
    : document.name;
}

function feeLine(fee: Fee, feeAmount: (fee: Fee) => string | null): string {
  const label = fee.label || 'Gebühr';
  const amount = feeAmount(fee);
  const note = fee.note.trim();
  if (amount === null) {
    // Without an amount the note explains it ("gebührenfrei", "nach Aufwand").
    return `${label}: ${note || 'Höhe bitte bei der zuständigen Stelle erfragen'}`;
  }
  return note ? `${label}: ${amount} (${note})` : `${label}: ${amount}`;
}

function linkLine(link: Link): string {
  return `- ${link.name ? `${link.name}: ` : ''}${link.url}`;
}

function weekLines(hours: WeeklyHours): string[] {
  return WEEKDAYS.filter((day) => (hours[day] ?? []).length > 0).map(
    (day) =>
      `${WEEKDAY_LABELS[day]}: ${hours[day]
        .map((range) => `${spokenTime(range.from)} – ${spokenTime(range.to)}`)
        .join(', ')} Uhr`,
  );
}

function address(standort: StandortPublic): string {
  return `${standort.name}, ${standort.street}, ${standort.postalCode} ${standort.city}`;
}

function whereAndWhen(leistung: LeistungStaff): string {
  const stelle = leistung.sachgebiet;
  const standort =
    (stelle?.standort &&
      leistung.standorte.find((place) => place.id === stelle.standort?.id)) ||
    leistung.standorte[0] ||
    null;
  if (!stelle && !standort) {
    return '';
  }
  const result: string[] = ['Wo und wann:'];
  if (stelle) {
    result.push(
      stelle.room ? `${stelle.name}, Raum ${stelle.room}` : stelle.name,
    );
  }
  if (standort) {
    result.push(address(standort));
  }
  const contact = [
    stelle?.phone ? `Telefon ${stelle.phone}` : '',
    stelle?.email ? `E-Mail ${stelle.email}` : '',
  ].filter(Boolean);
  if (contact.length) {
    result.push(contact.join(', '));
  }
  const hours =
    stelle && hasSchedule(stelle)
      ? stelle.openingHours
      : standort && hasSchedule(standort)
        ? standort.openingHours
        : null;
  if (hours) {
    result.push('Öffnungszeiten:', ...weekLines(hours));
  }
  if (standort?.appointmentUrl) {
    result.push(`Termin vereinbaren: ${standort.appointmentUrl}`);
  }
  return result.join('\n');
}
