import {
  emptyLeistungContent,
  type LeistungContent,
  type LeistungStaff,
} from '@auskunft/contracts';
import {
  type LeistungForm,
  type LeistungFormValue,
  documentForm,
  feeForm,
  linkForm,
} from './leistung-form';

/** What a new Leistung starts with. */
export const emptyContent = emptyLeistungContent;

/** The live content of a Leistung, referenced by business keys as a revision holds it. */
export function contentOfLeistung(leistung: LeistungStaff): LeistungContent {
  return {
    slug: leistung.slug,
    leikaKey: leistung.leikaKey,
    title: leistung.title,
    plainTitle: leistung.plainTitle,
    shortText: leistung.shortText,
    fullText: leistung.fullText,
    leichteSprache: leistung.leichteSprache ?? null,
    prerequisites: leistung.prerequisites,
    requiredDocuments: leistung.requiredDocuments,
    fees: leistung.fees,
    processingTime: leistung.processingTime,
    deadlines: leistung.deadlines,
    procedure: leistung.procedure,
    legalBasis: leistung.legalBasis,
    forms: leistung.forms,
    onlineServices: leistung.onlineServices,
    furtherLinks: leistung.furtherLinks,
    searchTerms: leistung.searchTerms,
    lebenslagen: leistung.lebenslagen.map((lebenslage) => lebenslage.slug),
    sachgebiet: leistung.sachgebiet?.code ?? null,
    standorte: leistung.standorte.map((standort) => standort.key),
    internalNotes: leistung.internalNotes,
    validFrom: leistung.validFrom,
    validTo: leistung.validTo,
  };
}

/** The form's value for `content`; lists need matching controls first (see `setFormValue`). */
export function formValueOf(
  content: LeistungContent,
  changeNote = '',
): LeistungFormValue {
  return {
    title: content.title,
    plainTitle: content.plainTitle ?? '',
    slug: content.slug,
    leikaKey: content.leikaKey ?? '',
    shortText: content.shortText,
    fullText: content.fullText,
    leichteSprache: content.leichteSprache ?? '',
    prerequisites: content.prerequisites.join('\n'),
    requiredDocuments: content.requiredDocuments.map((document) => ({
      ...document,
    })),
    fees: content.fees.map((fee) => ({ ...fee })),
    processingTime: content.processingTime,
    deadlines: content.deadlines,
    procedure: content.procedure,
    legalBasis: content.legalBasis,
    forms: content.forms.map((link) => ({ ...link })),
    onlineServices: content.onlineServices.map((link) => ({ ...link })),
    furtherLinks: content.furtherLinks.map((link) => ({ ...link })),
    searchTerms: [...content.searchTerms],
    lebenslagen: [...content.lebenslagen],
    sachgebiet: content.sachgebiet,
    standorte: [...content.standorte],
    internalNotes: content.internalNotes ?? '',
    validFrom: content.validFrom ?? '',
    validTo: content.validTo ?? '',
    changeNote,
  };
}

/**
 * Puts a whole value into the form: the lists get one control per item, then
 * every control takes its value. The form is pristine and untouched afterwards.
 */
export function setFormValue(
  form: LeistungForm,
  value: LeistungFormValue,
): void {
  const lists = form.controls;
  lists.requiredDocuments.clear({ emitEvent: false });
  value.requiredDocuments.forEach(() =>
    lists.requiredDocuments.push(documentForm(), { emitEvent: false }),
  );
  lists.fees.clear({ emitEvent: false });
  value.fees.forEach(() => lists.fees.push(feeForm(), { emitEvent: false }));
  for (const field of ['forms', 'onlineServices', 'furtherLinks'] as const) {
    lists[field].clear({ emitEvent: false });
    value[field].forEach(() =>
      lists[field].push(linkForm(), { emitEvent: false }),
    );
  }
  form.reset(value);
}

export function setFormContent(
  form: LeistungForm,
  content: LeistungContent,
  changeNote = '',
): void {
  setFormValue(form, formValueOf(content, changeNote));
}

/** An empty editor leaves an empty paragraph behind; that is no Volltext. */
function richText(html: string): string {
  return /^(<p>(\s|&nbsp;|<br\s*\/?>)*<\/p>\s*)*$/i.test(html.trim())
    ? ''
    : html.trim();
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The content the form describes: trimmed texts, empty optional fields as null, one prerequisite per line. */
export function contentOfFormValue(value: LeistungFormValue): LeistungContent {
  return {
    slug: value.slug.trim(),
    leikaKey: optional(value.leikaKey),
    title: value.title.trim(),
    plainTitle: optional(value.plainTitle),
    shortText: value.shortText.trim(),
    fullText: richText(value.fullText),
    leichteSprache: optional(value.leichteSprache),
    prerequisites: value.prerequisites
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    requiredDocuments: value.requiredDocuments.map((document) => ({
      name: document.name.trim(),
      note: document.note.trim(),
      condition: document.condition,
      originalRequired: document.originalRequired,
    })),
    fees: value.fees.map((fee) => ({
      label: fee.label.trim(),
      amountMin: fee.amountMin,
      amountMax: fee.amountMax,
      currency: fee.currency.trim().toUpperCase() || 'EUR',
      note: fee.note.trim(),
    })),
    processingTime: value.processingTime.trim(),
    deadlines: value.deadlines.trim(),
    procedure: value.procedure.trim(),
    legalBasis: value.legalBasis.trim(),
    forms: value.forms.map(trimLink),
    onlineServices: value.onlineServices.map(trimLink),
    furtherLinks: value.furtherLinks.map(trimLink),
    searchTerms: value.searchTerms,
    lebenslagen: value.lebenslagen,
    sachgebiet: value.sachgebiet,
    standorte: value.standorte,
    internalNotes: optional(value.internalNotes),
    validFrom: optional(value.validFrom),
    validTo: optional(value.validTo),
  };
}

function trimLink(link: { name: string; url: string }) {
  return { name: link.name.trim(), url: link.url.trim() };
}

/**
 * The body for the API: an empty slug is left out, so the server derives it
 * (new Leistung) or keeps the current address (existing one).
 */
export function contentForWrite(
  content: LeistungContent,
): Partial<LeistungContent> {
  const { slug, ...rest } = content;
  return slug ? content : rest;
}
