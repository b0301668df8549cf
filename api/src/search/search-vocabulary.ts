import {
  compoundParts,
  fold,
  participleStem,
  splitCompound,
  stem,
  words,
} from './german-text';
import type { SynonymMap } from './search-settings';
import { SynonymExpansion } from './synonym-expansion';

/** Meilisearch reads at most ten query words; we send it the ten that carry meaning. */
export const MAX_QUERY_WORDS = 10;
const MIN_STEM = 3;
/**
 * How many times more Leistungen must hold a spelling for it to count as the common one
 * (see commonSpelling). Counts, not Leistungen: a word is counted again when its
 * Leistung is indexed again, so only the ratio is reliable.
 */
const COMMON_SPELLING = 10;
const PARTS_CACHE_SIZE = 200_000;
/** Particles of separable verbs (most are also stop words as prepositions; see joinSeparableVerbs). */
const SEPARABLE_PARTICLES = new Set([
  'an',
  'ab',
  'um',
  'aus',
  'auf',
  'ein',
  'weg',
  'zurück',
  'wieder',
  'nach',
  'zu',
  'mit',
  'vor',
  'fest',
  'los',
]);

/** How much of titleCoverage is the share of the title named; the rest is the share of the query. */
const TITLE_SHARE = 0.7;

/** What a query names (SearchVocabulary.nameQuery). */
export interface NamedQuery {
  /** Its stems and those of what its terms stand for. */
  stems: ReadonlySet<string>;
  /** The same per content word: the word's stem, parts and the stems of its meanings. */
  words: ReadonlySet<string>[];
}

export interface AnalyzedQuery {
  /** The caller's content words as typed, conversational filler removed. */
  text: string;
  /** The same words as stems, compounds split into known parts: searched in the stem fields. */
  stems: string;
}

/**
 * The stems the search knows: every word of the published Leistungen' important
 * fields (titles, search terms, Kurztext, documents, Lebenslagen) and of the synonym
 * vocabulary. It is the dictionary for splitting compounds, on both sides: a document's
 * "Wiederzulassung" is also indexed as "zulassung", a caller's "Sperrmülltermin" is
 * searched as "Sperrmüll Termin". It only grows while the process runs; a reindex
 * rebuilds it.
 */
export class SearchVocabulary {
  /**
   * Stem → how often it was learned: once per synonym entry and per document each time
   * one is learned (at start-up and again when it is indexed), so a count is relative,
   * not a number of Leistungen.
   */
  private readonly known = new Map<string, number>();
  /** The same stems by first letter, for the typo check. */
  private readonly byInitial = new Map<string, string[]>();
  private readonly stopWords: Set<string>;
  private readonly isKnown = (candidate: string) => this.known.has(candidate);
  /** Stems that occur in documents, not only in the synonym vocabulary. */
  private readonly inDocuments = new Set<string>();
  /** Compound parts per folded word; valid until the vocabulary learns a new stem. */
  private readonly partsCache = new Map<string, string[]>();

  private readonly expansion: SynonymExpansion;
  /** The other way round: what a query's terms stand for ("kfz" → "fahrzeug"). */
  private readonly meanings: SynonymExpansion;

  /** The synonym vocabulary's one-word terms by stem: "kindern" also means what "kinder" does. */
  private readonly termsByStem = new Map<string, string[]>();

  /** Words that mark a title as a variant of a base service (see titleCoverage), by stem. */
  private readonly variants: Map<string, string>;
  /** Per variant stem: it and the stems of the terms that find it ("verlust" → verlor, gestohl, …). */
  private readonly variantFamilies = new Map<string, Set<string>>();

  constructor(
    stopWords: Iterable<string>,
    synonyms: SynonymMap = {},
    variantWords: Iterable<string> = [],
  ) {
    this.stopWords = new Set([...stopWords].map((word) => word.toLowerCase()));
    this.variants = new Map(
      [...variantWords].map((word) => [stem(word), word.toLowerCase()]),
    );
    this.expansion = new SynonymExpansion(synonyms);
    const inverted: SynonymMap = {};
    for (const [term, targets] of Object.entries(synonyms)) {
      for (const target of targets) {
        (inverted[target] ??= []).push(term);
      }
    }
    this.meanings = new SynonymExpansion(inverted);
    for (const term of Object.keys(synonyms)) {
      const [word, ...rest] = words(term);
      if (word && rest.length === 0) {
        const stemmed = stem(word);
        const forms = this.termsByStem.get(stemmed) ?? [];
        forms.push(word);
        this.termsByStem.set(stemmed, forms);
      }
    }
    for (const [key, values] of Object.entries(synonyms)) {
      this.learn([key, ...values], false);
    }
  }

  get size(): number {
    return this.known.size;
  }

  has(stemmed: string): boolean {
    return this.known.has(stemmed);
  }

  /** The synonym terms that should find these texts (see SynonymExpansion). */
  synonymsOf(...texts: string[]): string[] {
    return this.expansion.termsFor(...texts);
  }

  /** Learns the words of one document's texts. */
  add(...texts: string[]): void {
    this.learn(texts, true);
  }

  private learn(texts: string[], fromDocument: boolean): void {
    const seen = new Set<string>();
    for (const text of texts) {
      for (const word of words(text)) {
        if (this.stopWords.has(word)) {
          continue;
        }
        const stemmed = stem(word);
        if (stemmed.length >= MIN_STEM && !/^\d+$/.test(stemmed)) {
          seen.add(stemmed);
        }
      }
    }
    for (const stemmed of seen) {
      if (fromDocument) {
        this.inDocuments.add(stemmed);
      }
      const count = this.known.get(stemmed);
      this.known.set(stemmed, (count ?? 0) + 1);
      if (count === undefined) {
        this.partsCache.clear();
        const initial = stemmed[0];
        const bucket = this.byInitial.get(initial);
        if (bucket) {
          bucket.push(stemmed);
        } else {
          this.byInitial.set(initial, [stemmed]);
        }
      }
    }
  }

  /** How many documents use the stem, or of its closest spelling (one or two typos), or 0. */
  private frequency(stemmed: string, documentsOnly = false): number {
    const counts = (candidate: string) =>
      documentsOnly && !this.inDocuments.has(candidate)
        ? undefined
        : this.known.get(candidate);
    const exact = counts(stemmed);
    if (exact !== undefined) {
      return exact;
    }
    const allowed = typosAllowed(stemmed);
    let best = 0;
    let bestDistance = allowed + 1;
    for (const candidate of this.byInitial.get(stemmed[0]) ?? []) {
      if (Math.abs(candidate.length - stemmed.length) > allowed) {
        continue;
      }
      const count = counts(candidate);
      if (count === undefined) {
        continue;
      }
      const distance = boundedDistance(stemmed, candidate, allowed);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = count;
      }
    }
    return best;
  }

  /**
   * The document stem one or two typos from this one (typosAllowed) that at
   * least COMMON_SPELLING times as many Leistungen hold, the most used first; undefined
   * if none.
   */
  private commonSpelling(stemmed: string): string | undefined {
    let best: string | undefined;
    let bestCount = COMMON_SPELLING * (this.known.get(stemmed) ?? 0) - 1;
    for (const candidate of this.byInitial.get(stemmed[0]) ?? []) {
      const count = this.known.get(candidate) ?? 0;
      if (
        count > bestCount &&
        candidate !== stemmed &&
        this.inDocuments.has(candidate) &&
        withinTypos(stemmed, candidate)
      ) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  /** The stems of a document's texts and of their compound parts, as one searchable string. */
  stemsOf(...texts: string[]): string {
    const result = new Set<string>();
    for (const text of texts) {
      for (const word of words(text)) {
        if (this.stopWords.has(word)) {
          continue;
        }
        result.add(stem(word));
        for (const part of this.partsOf(word)) {
          result.add(part);
        }
      }
    }
    return [...result].join(' ');
  }

  /**
   * How well a title answers the query, from 0 to 1: mostly (0.7) the share of the
   * title's content words whose stem the query names, a compound by the share of its
   * parts ("Reisepass" is half named by "Pass"); and (0.3) the share of the query's
   * words the title names. The first prefers the general service whose title the
   * caller said in full ("Fahrzeug abmelden" before "Fahrzeug abmelden ohne
   * Fahrzeugschein"); the second the title that explains more of what was asked
   * ("neue Adresse auf den Perso" → "Adressänderung Personalausweis, …" before
   * "Personalausweis"). `named` comes from nameQuery().
   *
   * A title that names a variant of a service (variant-words.de.txt: loss, objection,
   * replacement, follow-up application, …) the query does not ask for scores its
   * coverage minus 1, below every title that is not such a variant: a caller who says
   * "Wohngeld" or "Führerschein beantragen" wants the first application, not the
   * "Weiterleistungsantrag" or the "Verlust" (measured: docs/benchmarks.md).
   */
  titleCoverage(title: string, named: NamedQuery): number {
    let total = 0;
    let covered = 0;
    let variant: 'none' | 'unasked' | 'asked' = 'none';
    const inTitle = new Set<string>();
    for (const word of words(title)) {
      if (this.stopWords.has(word)) {
        continue;
      }
      total++;
      const stemmed = stem(word);
      const parts = this.partsOf(word);
      inTitle.add(stemmed);
      parts.forEach((part) => inTitle.add(part));
      for (const candidate of [stemmed, ...parts]) {
        if (this.variants.has(candidate) && variant !== 'asked') {
          variant = this.asksFor(candidate, named) ? 'asked' : 'unasked';
        }
      }
      if (named.stems.has(stemmed)) {
        covered++;
      } else if (parts.length > 0) {
        covered +=
          parts.filter((part) => named.stems.has(part)).length / parts.length;
      }
    }
    const answered = named.words.filter((meanings) =>
      [...meanings].some((entry) => inTitle.has(entry)),
    ).length;
    const coverage =
      TITLE_SHARE * (total === 0 ? 0 : covered / total) +
      (1 - TITLE_SHARE) *
        (named.words.length === 0 ? 0 : answered / named.words.length);
    return variant === 'unasked' ? coverage - 1 : coverage;
  }

  /**
   * Whether the query names this variant stem or a word that stands for it ("verloren",
   * "weg" for "verlust"), also misspelt ("verlohren"): a stem the vocabulary does not
   * know counts when it is within the engine's typo limits of one of them.
   */
  private asksFor(variant: string, named: NamedQuery): boolean {
    let family = this.variantFamilies.get(variant);
    if (!family) {
      family = new Set([
        variant,
        ...this.stemsOf(
          ...this.expansion.termsFor(this.variants.get(variant) ?? variant),
        )
          .split(' ')
          .filter(Boolean),
      ]);
      this.variantFamilies.set(variant, family);
    }
    // The parts of the query's compounds count too: "Wiederanmeldung" asks for "wieder".
    for (const entry of new Set([
      ...named.stems,
      ...named.words.flatMap((meanings) => [...meanings]),
    ])) {
      if (family.has(entry)) {
        return true;
      }
      if (
        !this.known.has(entry) &&
        [...family].some((member) => withinTypos(entry, member))
      ) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a query names, for titleCoverage: its stems (from analyzeQuery) and the stems
   * of what its terms stand for in the synonym vocabulary ("kfz" → "fahrzeug"; also
   * another form of a term: "Kindern" like "Kinder" → "Familie"), all together and per
   * content word.
   */
  nameQuery(query: string, analyzed: AnalyzedQuery): NamedQuery {
    const stems = new Set(analyzed.stems.split(' ').filter(Boolean));
    this.addMeanings(stems, query);
    const perWord = analyzed.text
      .split(' ')
      .filter(Boolean)
      .map((word) =>
        this.addMeanings(new Set([stem(word), ...this.partsOf(word)]), word),
      );
    return { stems, words: perWord };
  }

  /** Adds the stems of what the text's terms stand for in the synonym vocabulary. */
  private addMeanings(target: Set<string>, text: string): Set<string> {
    // The vocabulary's terms are word forms ("kinder" → "familie"), a caller's word
    // may be another form of one ("mit den Kindern"): it means the same.
    const forms = words(text).flatMap(
      (word) => this.termsByStem.get(stem(word)) ?? [],
    );
    for (const entry of this.stemsOf(
      ...this.meanings.termsFor(text, ...forms),
    ).split(' ')) {
      if (entry) {
        target.add(entry);
      }
    }
    return target;
  }

  /** Stems of the known compound parts of a word, cached. */
  private partsOf(word: string): string[] {
    let parts = this.partsCache.get(word);
    if (parts === undefined) {
      parts = compoundParts(fold(word), this.isKnown).map((part) => stem(part));
      if (this.partsCache.size >= PARTS_CACHE_SIZE) {
        this.partsCache.clear();
      }
      this.partsCache.set(word, parts);
    }
    return parts;
  }

  /**
   * Reduces what an agent or citizen typed to its content words: "ich habe meinen
   * Ausweis verloren, was muss ich tun" → "ausweis verloren". When nothing but filler
   * is left, the words are kept as typed.
   */
  analyzeQuery(query: string): AnalyzedQuery {
    const typed = this.joinSplitCompounds(
      this.joinSeparableVerbs(words(query)),
    );
    const content = typed.filter((word) => !this.stopWords.has(word));
    const analyzed = (content.length > 0 ? content : typed).map(
      (word, position) => {
        const stemmed = stem(word);
        let stems = [stemmed];
        // A misspelt known word ("Wohngelt") is left to the engine's typo tolerance.
        // Taken apart are the words no document holds, even with typos, and the words
        // known only from the synonym vocabulary, whose parts a document may hold
        // although a document's word is a typo away ("Geburtsurkunde" for the Leistung
        // "Urkunde bestellen", not "Geburtsbeurkundung"; "Taxifahren").
        if (
          !this.inDocuments.has(stemmed) &&
          (this.known.has(stemmed) || this.frequency(stemmed, true) === 0)
        ) {
          const participle = participleStem(fold(word));
          const parts = splitCompound(fold(word), this.isKnown);
          if (participle && this.known.has(participle)) {
            stems = [participle];
          } else if (parts) {
            stems = parts.map((part) => stem(part));
          } else {
            const verb = this.withoutParticle(fold(word));
            if (verb) {
              stems = [verb];
            }
          }
        }
        // A word that few Leistungen hold, one or two typos from a word that ten times
        // as many hold, is most likely a misspelling there too (an editor's search term
        // "Mülltone beschädigt"): the stems query searches the common spelling, so
        // "mülltone größer" finds "Mülltonne tauschen – größere …" rather than the
        // one Leistung with the misspelt term. The typed-words query still has it.
        if (this.inDocuments.has(stemmed)) {
          stems = [this.commonSpelling(stemmed) ?? stemmed];
        }
        const frequency = Math.min(
          ...stems.map((candidate) => this.frequency(candidate)),
        );
        return { word, stems, frequency, position };
      },
    );
    // Words that occur nowhere in the important fields (not even with a typo) go last:
    // they are the first to be left out when there are more than ten, and the first
    // to be dropped when a search has to fall back to fewer words.
    analyzed.sort(
      (a, b) =>
        Number(a.frequency === 0) - Number(b.frequency === 0) ||
        a.position - b.position,
    );
    const kept = analyzed.slice(0, MAX_QUERY_WORDS);
    return {
      // The words in the order typed: the engine takes the last word as a prefix, and
      // a short word moved to the end ("eid karte für eu bürger" → "… bürger eu")
      // matched every word starting with it (measured: docs/benchmarks.md).
      text: [...kept]
        .sort((a, b) => a.position - b.position)
        .map((entry) => entry.word)
        .join(' '),
      stems: [...new Set(kept.flatMap((entry) => entry.stems))].join(' '),
    };
  }

  /**
   * German separable verbs put their particle at the end of the clause: "ich melde
   * mein Auto ab", "wir ziehen um", "den Wagen wieder zulassen". The particle is joined
   * to the nearest word before it when the result is a known word ("abmelde" →
   * `abmeld`, "umziehen", "wiederzulassen" → `wiederzulass`), and dropped from the query.
   */
  private joinSeparableVerbs(typed: string[]): string[] {
    const result = [...typed];
    for (let index = result.length - 1; index > 0; index--) {
      const particle = result[index];
      const next = result[index + 1];
      // The particle closes its clause ("… melde mein Auto ab", "… ab, was muss ich
      // tun"); followed by a content word it is a preposition ("ich ziehe nach Spanien").
      if (
        !SEPARABLE_PARTICLES.has(particle) ||
        (next !== undefined && !this.stopWords.has(next))
      ) {
        continue;
      }
      for (let verb = index - 1; verb >= 0; verb--) {
        const word = result[verb];
        if (SEPARABLE_PARTICLES.has(word)) {
          continue;
        }
        if (this.known.has(stem(particle + word))) {
          result[verb] = particle + word;
          result.splice(index, 1);
          break;
        }
      }
    }
    return result;
  }

  /**
   * The known verb behind an unknown one with a separable particle: "nachbestellen" →
   * `bestell`, "wiederbeantragen" → `beantrag`. The particle is a stop word, so the
   * compound split cannot use it as a part.
   */
  private withoutParticle(folded: string): string | undefined {
    for (const particle of SEPARABLE_PARTICLES) {
      if (
        !folded.startsWith(particle) ||
        folded.length <= particle.length + MIN_STEM
      ) {
        continue;
      }
      const verb = stem(folded.slice(particle.length));
      if (this.known.has(verb)) {
        return verb;
      }
    }
    return undefined;
  }

  /**
   * "fund sache" → "fundsache" when the joined word occurs in documents (a word known
   * only from the synonyms, such as "taxifahrer", would find nothing by itself). Before
   * the stop words go, as a part may be one ("Sache"); two stop words stay apart.
   */
  private joinSplitCompounds(typed: string[]): string[] {
    const result: string[] = [];
    for (let index = 0; index < typed.length; index++) {
      const next = typed[index + 1];
      if (
        next !== undefined &&
        !(this.stopWords.has(typed[index]) && this.stopWords.has(next)) &&
        this.inDocuments.has(stem(typed[index] + next))
      ) {
        result.push(typed[index] + next);
        index++;
      } else {
        result.push(typed[index]);
      }
    }
    return result;
  }
}

/** Typos a stem may have and still count as a known one: the engine's own limits (index-settings.json). */
function typosAllowed(stemmed: string): number {
  return stemmed.length >= 8 ? 2 : stemmed.length >= 4 ? 1 : 0;
}

/** Whether the engine would match this stem to the typed one with its typo tolerance. */
function withinTypos(typed: string, candidate: string): boolean {
  const allowed = typosAllowed(typed);
  return (
    Math.abs(candidate.length - typed.length) <= allowed &&
    boundedDistance(typed, candidate, allowed) <= allowed
  );
}

/** Levenshtein distance, or limit + 1 as soon as it must exceed the limit. */
function boundedDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) {
      return limit + 1;
    }
    previous = current;
  }
  return previous[b.length];
}
