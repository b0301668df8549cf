import { htmlToPlainText } from '../common/html-sanitizer';
import { stem, words } from './german-text';
import { Leistung } from '../leistungen/leistung.entity';
import type { SearchVocabulary } from './search-vocabulary';

/** What the public index holds: only public fields, so it cannot leak what it never has. */
export interface PublicSearchDocument {
  id: string;
  slug: string;
  title: string;
  plainTitle: string;
  shortText: string;
  searchTerms: string[];
  requiredDocuments: string[];
  prerequisites: string[];
  fees: string[];
  procedure: string;
  fullText: string;
  /** The summary in Leichte Sprache, whose everyday words citizens also search with. */
  leichteSprache: string;
  legalBasis: string;
  leikaKey: string | null;
  /** Stems of title, plain title and search terms and of their compound parts (see SearchVocabulary). */
  titleStems: string;
  /** Words in the title: among equally good matches the shorter, more general title comes first. */
  titleLength: number;
  /** Stems of Kurztext, documents and Lebenslagen and of their compound parts. */
  textStems: string;
  /** Synonym terms for title, plain title and search terms (synonyms are applied at indexing, see SynonymExpansion). */
  titleSynonyms: string[];
  /** Synonym terms for plain title and search terms. */
  termSynonyms: string[];
  /** Synonym terms for Kurztext, documents, Lebenslagen and Sachgebiet. */
  textSynonyms: string[];
  lebenslagen: string[];
  lebenslagenNames: string[];
  sachgebiet: string | null;
  sachgebietName: string | null;
  standorte: string[];
  standorteNames: string[];
  /** Day boundaries of validity as epoch seconds, so the query can drop expired Leistungen by itself. */
  validFromTs: number | null;
  validToTs: number | null;
  updatedAt: string;
}

export interface StaffSearchDocument extends PublicSearchDocument {
  internalNotes: string;
}

/** Start of the day in Europe/Berlin is close enough to UTC midnight minus one or two hours; we use UTC day bounds. */
function dayStart(date: string | null): number | null {
  return date ? Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000) : null;
}

function dayEnd(date: string | null): number | null {
  return date ? Math.floor(Date.parse(`${date}T23:59:59Z`) / 1000) : null;
}

/** Only published Leistungen are searchable; drafts and archived ones are removed from both indexes. */
export function isSearchable(leistung: Leistung): boolean {
  return leistung.status === 'published';
}

/** The texts whose words make up the search vocabulary and the stem fields. */
export function vocabularyTexts(leistung: Leistung): {
  title: string[];
  text: string[];
} {
  return {
    title: [leistung.title, leistung.plainTitle ?? '', ...leistung.searchTerms],
    text: [
      leistung.shortText,
      ...leistung.requiredDocuments.map((document) => document.name),
      ...leistung.lebenslagen.map((lebenslage) => lebenslage.name),
    ],
  };
}

const termStems = new Map<string, string[]>();

/** The stems of synonym terms; the vocabulary is small, so they are kept. */
function stemsOfTerm(term: string): string[] {
  let result = termStems.get(term);
  if (result === undefined) {
    result = words(term).map((word) => stem(word));
    termStems.set(term, result);
  }
  return result;
}

function withStems(stems: string, terms: string[]): string {
  const result = new Set(stems ? stems.split(' ') : []);
  for (const term of terms) {
    for (const entry of stemsOfTerm(term)) {
      result.add(entry);
    }
  }
  return [...result].join(' ');
}

export function toPublicSearchDocument(
  leistung: Leistung,
  vocabulary: SearchVocabulary,
): PublicSearchDocument {
  const texts = vocabularyTexts(leistung);
  const sachgebietName = leistung.sachgebiet?.name ?? null;
  // Each synonyms field follows its source in the searchable attributes, so a synonym
  // of a title word ranks like a title word would ("Angelschein" finds
  // "Fischereischein – Erteilung" before a Leistung that only lists it as a search term).
  const titleSynonyms = vocabulary.synonymsOf(leistung.title);
  const termSynonyms = vocabulary.synonymsOf(
    leistung.plainTitle ?? '',
    ...leistung.searchTerms,
  );
  const textSynonyms = vocabulary.synonymsOf(
    ...texts.text,
    sachgebietName ?? '',
  );
  return {
    id: leistung.id,
    slug: leistung.slug,
    title: leistung.title,
    plainTitle: leistung.plainTitle ?? '',
    shortText: leistung.shortText,
    searchTerms: leistung.searchTerms,
    requiredDocuments: leistung.requiredDocuments.map(
      (document) => document.name,
    ),
    prerequisites: leistung.prerequisites,
    fees: leistung.fees.map((fee) => fee.label),
    procedure: leistung.procedure,
    fullText: htmlToPlainText(leistung.fullText),
    leichteSprache: leistung.leichteSprache ?? '',
    legalBasis: leistung.legalBasis,
    leikaKey: leistung.leikaKey,
    // The stems query meets the synonyms too ("auto" finds "Fahrzeug" either way).
    titleStems: withStems(vocabulary.stemsOf(...texts.title), [
      ...titleSynonyms,
      ...termSynonyms,
    ]),
    titleLength: leistung.title.split(/\s+/).filter(Boolean).length,
    textStems: withStems(vocabulary.stemsOf(...texts.text), textSynonyms),
    titleSynonyms,
    termSynonyms,
    textSynonyms,
    lebenslagen: leistung.lebenslagen.map((lebenslage) => lebenslage.slug),
    lebenslagenNames: leistung.lebenslagen.map((lebenslage) => lebenslage.name),
    sachgebiet: leistung.sachgebiet?.code ?? null,
    sachgebietName,
    standorte: leistung.standorte.map((standort) => standort.key),
    standorteNames: leistung.standorte.map((standort) => standort.name),
    validFromTs: dayStart(leistung.validFrom),
    validToTs: dayEnd(leistung.validTo),
    updatedAt:
      leistung.updatedAt instanceof Date
        ? leistung.updatedAt.toISOString()
        : String(leistung.updatedAt),
  };
}

/**
 * Both indexes' documents for these Leistungen. The staff document is the public one
 * plus the internal fields, so each document is built once, not once per index.
 */
export function toSearchDocuments(
  leistungen: Leistung[],
  vocabulary: SearchVocabulary,
): { staff: StaffSearchDocument[]; public: PublicSearchDocument[] } {
  const documents = leistungen.map((leistung) => {
    const document = toPublicSearchDocument(leistung, vocabulary);
    return { document, staff: withInternalFields(document, leistung) };
  });
  return {
    staff: documents.map((entry) => entry.staff),
    public: documents.map((entry) => entry.document),
  };
}

function withInternalFields(
  document: PublicSearchDocument,
  leistung: Leistung,
): StaffSearchDocument {
  return { ...document, internalNotes: leistung.internalNotes ?? '' };
}

export function toStaffSearchDocument(
  leistung: Leistung,
  vocabulary: SearchVocabulary,
): StaffSearchDocument {
  return withInternalFields(
    toPublicSearchDocument(leistung, vocabulary),
    leistung,
  );
}
