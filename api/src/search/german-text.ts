import { stemmer } from '@orama/stemmers/german';

/**
 * German word forms for search. Meilisearch matches words as typed (plus typos and
 * prefixes); it does not stem and does not split compounds, so "zulassen" never meets
 * "Zulassung" and "Sperrmülltermin" never meets "Sperrmüll". We index, beside the text,
 * the Snowball stems of the important words and of their compound parts, and reduce
 * the query the same way (see SearchVocabulary and analyzeQuery).
 */

const LETTERS = /[\p{L}\p{N}]+/gu;

const FOLD_CACHE_SIZE = 200_000;
const foldCache = new Map<string, string>();

/**
 * Lowercase, umlauts and their transliterations folded, so "Müll", "Muell" and "Mull"
 * agree. Cached: indexing folds the same words again and again.
 */
export function fold(word: string): string {
  let result = foldCache.get(word);
  if (result === undefined) {
    result = word
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // After a vowel (or "q") these pairs are no transliteration: "neue", "Steuer",
      // "Quelle" keep them, so all forms of a word still share one stem.
      .replace(/(?<![aeiouy])ae/g, 'a')
      .replace(/(?<![aeiouy])oe/g, 'o')
      .replace(/(?<![aeiouyq])ue/g, 'u');
    if (foldCache.size >= FOLD_CACHE_SIZE) {
      foldCache.clear();
    }
    foldCache.set(word, result);
  }
  return result;
}

/** Words as the user wrote them (lowercased), without punctuation. */
export function words(text: string): string[] {
  return text.toLowerCase().match(LETTERS) ?? [];
}

const STEM_CACHE_SIZE = 200_000;
const stemCache = new Map<string, string>();

/** Snowball stem of the folded word; cached, since indexing stems the same words again and again. */
export function stem(word: string): string {
  let result = stemCache.get(word);
  if (result === undefined) {
    result = stemmer(fold(word));
    if (stemCache.size >= STEM_CACHE_SIZE) {
      stemCache.clear();
    }
    stemCache.set(word, result);
  }
  return result;
}

/** Linking elements between compound parts: Aufenthalt-s-titel, Tasche-n-geld. */
const LINKERS = ['', 's', 'es', 'n', 'en', 'e'];
const MIN_HEAD = 3;
const MIN_TAIL = 4;
const MIN_COMPOUND = MIN_HEAD + MIN_TAIL;
/** For splitAtKnownTail: the unknown first part's least length, the known last part's least stem length. */
const MIN_UNKNOWN_HEAD = 4;
const MIN_KNOWN_TAIL_STEM = 5;

/**
 * Splits a folded compound into the fewest parts whose stems are known
 * ("sperrmulltermin" → ["sperrmull", "termin"]), or undefined when there is no
 * such split. Longer heads are tried first, so known long words stay whole.
 */
export function splitCompound(
  folded: string,
  known: (stem: string) => boolean,
  depth = 0,
): string[] | undefined {
  if (folded.length < MIN_COMPOUND || depth > 3) {
    return undefined;
  }
  for (let end = folded.length - MIN_TAIL; end >= MIN_HEAD; end--) {
    const head = folded.slice(0, end);
    if (!known(stemmer(head))) {
      continue;
    }
    for (const linker of LINKERS) {
      if (!folded.startsWith(linker, end)) {
        continue;
      }
      const tail = folded.slice(end + linker.length);
      if (tail.length < MIN_TAIL) {
        continue;
      }
      if (known(stemmer(tail))) {
        return [head, tail];
      }
      const rest = splitCompound(tail, known, depth + 1);
      if (rest) {
        return [head, ...rest];
      }
    }
  }
  return depth === 0 ? splitAtKnownTail(folded, known) : undefined;
}

/**
 * A German compound's last part carries its meaning: a "Kriegsflüchtling" is a
 * "Flüchtling". When no split into known parts exists, the longest known last part
 * with what stands before it ("kriegsfluchtlinge" → ["krieg", "fluchtlinge"]), or
 * undefined. Both must be long enough that a prefix or an ending is not taken for a
 * word: "aufkleber" is no "leber" (stem "leb", as in "leben"; measured:
 * docs/benchmarks.md), "nachbestellen" no "nach" + "bestellen".
 */
function splitAtKnownTail(
  folded: string,
  known: (stem: string) => boolean,
): string[] | undefined {
  for (let end = MIN_UNKNOWN_HEAD; end <= folded.length - MIN_TAIL; end++) {
    if (NOT_A_HEAD.has(folded.slice(0, end))) {
      continue;
    }
    for (const linker of LINKERS) {
      if (!folded.startsWith(linker, end)) {
        continue;
      }
      const tail = folded.slice(end + linker.length);
      const tailStem = stemmer(tail);
      if (tailStem.length >= MIN_KNOWN_TAIL_STEM && known(tailStem)) {
        return [folded.slice(0, end), tail];
      }
    }
  }
  return undefined;
}

/** Every known part of a compound at every level: "pflichtumtausch" → pflicht, umtausch. */
export function compoundParts(
  folded: string,
  known: (stem: string) => boolean,
): string[] {
  const parts = splitCompound(folded, known);
  if (!parts) {
    return [];
  }
  return parts.flatMap((part) => [part, ...compoundParts(part, known)]);
}

/** Separable verb prefixes (folded): ab-melden, um-schreiben, nach-bestellen. */
const PARTICLES = [
  'ab',
  'an',
  'auf',
  'aus',
  'bei',
  'ein',
  'fest',
  'frei',
  'her',
  'hin',
  'los',
  'mit',
  'nach',
  'um',
  'vor',
  'weg',
  'zu',
  'zuruck',
  'zusammen',
];
/** A participle, a separable prefix before its "ge": ab-ge-meldet, um-ge-schrieben. */
const SEPARABLE = new RegExp(
  `^(${PARTICLES.join('|')})?ge(.{3,}?)(et|t|en)(e|en|er|es|em)?$`,
);
/** Not a compound's first part but a verb's prefix ("nachbestellen"), or "wieder". */
const NOT_A_HEAD = new Set([...PARTICLES, 'wieder']);

/**
 * The infinitive stem behind a regular participle, or undefined: "abgemeldeten" →
 * "abmeld", "gekauft" → "kauf". Snowball leaves participles alone, so a caller's
 * "Wagen abgemeldet" would not meet "Abmeldung" without this.
 */
export function participleStem(folded: string): string | undefined {
  const match = SEPARABLE.exec(folded);
  if (!match) {
    return undefined;
  }
  return stemmer(`${match[1] ?? ''}${match[2]}en`);
}
