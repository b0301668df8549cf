import { fold, words } from './german-text';
import type { SynonymMap } from './search-settings';

/**
 * The synonym vocabulary applied when a document is indexed instead of when a query
 * is searched. A document that says "Führerschein" also carries "Lappen" and
 * "Fahrerlaubnis" in a synonyms field, so the query "lappen weg" matches it as typed,
 * with typos and as a prefix while the agent is still typing.
 *
 * Why not Meilisearch's own synonyms: measured on Meilisearch 1.21 with our ~2,500
 * expanded entries, every query word fans out into all its synonyms on every
 * searchable field, which made a search take ~10 ms instead of ~0.7 ms on the demo
 * content (docs/benchmarks.md). Expanding once per document costs a few microseconds
 * at indexing time.
 *
 * Matching follows the engine's rules: a single-word term matches a word of the text;
 * a term of several words matches when they stand next to each other. Words are
 * compared folded (case, umlauts, ß), as the engine normalizes them.
 */
export class SynonymExpansion {
  /** Folded single word → the query terms that should find a text holding it. */
  private readonly byWord = new Map<string, Set<string>>();
  /** Phrases of several words by their first folded word, with the terms that should find them. */
  private readonly byFirstWord = new Map<
    string,
    { rest: string[]; terms: Set<string> }[]
  >();

  constructor(synonyms: SynonymMap) {
    for (const [term, targets] of Object.entries(synonyms)) {
      for (const target of targets) {
        const [first, ...rest] = words(target).map(fold);
        if (!first) {
          continue;
        }
        if (rest.length === 0) {
          let terms = this.byWord.get(first);
          if (!terms) {
            terms = new Set();
            this.byWord.set(first, terms);
          }
          terms.add(term);
          continue;
        }
        const phrases = this.byFirstWord.get(first) ?? [];
        this.byFirstWord.set(first, phrases);
        let phrase = phrases.find(
          (candidate) => candidate.rest.join(' ') === rest.join(' '),
        );
        if (!phrase) {
          phrase = { rest, terms: new Set() };
          phrases.push(phrase);
        }
        phrase.terms.add(term);
      }
    }
  }

  /**
   * The query terms that should find these texts, without those the texts already
   * contain word for word. Sorted, so a document's field does not change needlessly.
   */
  termsFor(...texts: string[]): string[] {
    const found = new Set<string>();
    const own = new Set<string>();
    for (const text of texts) {
      const typed = words(text);
      const folded = typed.map(fold);
      typed.forEach((word) => own.add(word));
      folded.forEach((word, index) => {
        this.byWord.get(word)?.forEach((term) => found.add(term));
        for (const phrase of this.byFirstWord.get(word) ?? []) {
          if (
            phrase.rest.every(
              (next, offset) => folded[index + 1 + offset] === next,
            )
          ) {
            phrase.terms.forEach((term) => found.add(term));
          }
        }
      });
    }
    return [...found]
      .filter((term) => {
        // Only what the text holds as written: "schuelermonatskarte" still adds to
        // "Schülermonatskarte", since the engine does not fold "ue" to "ü".
        return !words(term).every((word) => own.has(word));
      })
      .sort();
  }
}
