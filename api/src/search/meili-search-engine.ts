import { Logger } from '@nestjs/common';
import {
  Meilisearch,
  type EnqueuedTaskPromise,
  type Hit,
  type Index,
  type MultiSearchParams,
  type SearchResponse,
  type Task,
} from 'meilisearch';
import type { SearchFacets, SearchHit } from '@auskunft/contracts';
import type { IndexAudience, LoadedSearchSettings } from './search-settings';
import { settingsMatch } from './search-settings';
import { fold, stem } from './german-text';
import type {
  PublicSearchDocument,
  StaffSearchDocument,
} from './search-documents';

export interface EngineQuery {
  /** Content words as typed. */
  q: string;
  /** The same words as stems and compound parts (see SearchVocabulary); optional. */
  stems?: string;
  /** How words are dropped when not all match; 'frequency' unless the caller retries. */
  strategy?: 'frequency' | 'last';
  filter: string[];
  limit: number;
  offset: number;
  /**
   * How well (0–1) a hit's title answers the query (SearchVocabulary.titleCoverage).
   * It nudges hits of nearly equal score towards the title the caller described fully:
   * the general service ("Fahrzeug abmelden") before the special cases that share its
   * words ("Fahrzeug abmelden ohne Zulassungsbescheinigung I").
   */
  titleCoverage?: (title: string) => number;
}

export interface EngineResult {
  hits: SearchHit[];
  total: number;
  facetDistribution: Record<keyof SearchFacets, Record<string, number>>;
  processingTimeMs: number;
}

type AnyDocument = PublicSearchDocument &
  Partial<Pick<StaffSearchDocument, 'internalNotes'>>;

const FACETS = ['sachgebiet', 'lebenslagen', 'standorte'] as const;
const STEM_FIELDS = ['titleStems', 'textStems'];
/**
 * Weight of the title coverage against the engine's ranking score (0–1): a nudge among
 * near ties, not a ranking of its own. Measured (docs/benchmarks.md): 0.01–0.03 all
 * helped the Munich set, 0.02–0.03 the most; from 0.05 on the demo set loses.
 */
const TITLE_COVERAGE_WEIGHT = 0.02;
/**
 * The same for a query that no Leistung matches in full (RELAXED_MIN_WORDS): the lists
 * then hold partial matches of different subsets of the words, whose scores say less
 * about what was asked, and a title that names it counts for more ("ich fliege
 * übermorgen und mein Pass ist abgelaufen" → "Vorläufiger Reisepass" before a residence
 * permit's emergency service whose text has "abgelaufen" and "übermorgen"). Measured
 * (docs/benchmarks.md): 0.03–0.04 the same gain on both sets; 0.05 loses a Munich query
 * from the top 3.
 */
const RELAXED_TITLE_COVERAGE_WEIGHT = 0.035;
/** From this many query words on, a query counts as a sentence (see search). */
const SENTENCE_MIN_WORDS = 3;
/**
 * From this many query words on, other ways of dropping words are tried when no
 * Leistung has them all (see search). Two words already: a thing and what happened to
 * it ("reisepass abgelaufen") often stand in no Leistung together, and the engine's
 * 'frequency' then keeps the rarer word, often the weaker one (measured, session 10:
 * Recall@3 up on the demo set and the held-out Munich set, nothing lost; see
 * docs/benchmarks.md).
 */
const RELAXED_MIN_WORDS = 2;
/**
 * Hits per word of the per-word queries (see scoreByWords): 20, 50 and 100 measured
 * the same. They are asked without highlighting, which would cost the engine more
 * than the queries themselves (markWords highlights the hits only these lists found).
 */
const WORD_LIMIT = 20;
/** The index size only scales the words' rarity; it is looked up at most once a minute. */
const COUNT_TTL_MS = 60_000;
// Control characters cannot occur in our documents, so they mark matches unambiguously
// before the text is HTML-escaped; only then do they become <mark> tags.
const PRE = '\u0002';
const POST = '\u0003';
const TASK_TIMEOUT_MS = 120_000;
/** A full rebuild of a large catalogue may queue many minutes of indexing. */
const REBUILD_TIMEOUT_MS = 60 * 60_000;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function toHighlight(formatted: string): string {
  // German segmentation splits compounds ("Führer" + "schein"); adjacent marks read better as one.
  return escapeHtml(formatted)
    .split(PRE)
    .join('<mark>')
    .split(POST)
    .join('</mark>')
    .split('</mark><mark>')
    .join('');
}

/**
 * Marks the words of a text whose stem is one of the query's stems, or that begin with
 * one (as the engine matches the last query word as a prefix, and a compound's first
 * part): for hits the engine did not highlight (see WORD_LIMIT).
 */
export function markWords(text: string, stems: ReadonlySet<string>): string {
  const prefixes = [...stems].filter((entry) => entry.length >= 4);
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const folded = fold(word);
    return stems.has(stem(word)) ||
      prefixes.some((prefix) => folded.startsWith(prefix))
      ? `${PRE}${word}${POST}`
      : word;
  });
}

/** Fails with the engine's reason when a finished task did not succeed. */
function succeeded(task: Task): void {
  if (task.status !== 'succeeded') {
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`,
    );
  }
}

export interface MergedResponse<T> {
  hits: Hit<T>[];
  total: number;
  facetDistribution: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

/** What merging needs of one query's response. */
export type ResultList<T> = Pick<
  SearchResponse<T>,
  'hits' | 'estimatedTotalHits' | 'processingTimeMs' | 'facetDistribution'
>;

/**
 * One result list from one query per word. A Leistung scores, over the words it holds,
 * the sum of each word's rarity (idf, from how many Leistungen the word's query found)
 * times how well it holds it (the engine's ranking score for that word alone: in the
 * title rather than the full text, without typos), divided by the same sum over all
 * words. The engine's matching strategies keep one fixed subset of the words when no
 * Leistung has them all: the rarest ones, or the first ones. Here any subset counts,
 * rare words more than common ones, as a classic full-text ranking would weigh them.
 */
export function scoreByWords<T extends { id: string }>(
  responses: readonly ResultList<T>[],
  documentCount: number,
): ResultList<T> {
  const scored = new Map<string, { hit: Hit<T>; sum: number }>();
  let total = 0;
  let processingTimeMs = 0;
  for (const response of responses) {
    const found = Math.max(
      1,
      response.estimatedTotalHits ?? 0,
      response.hits.length,
    );
    const rarity = Math.log(1 + Math.max(documentCount, found) / found);
    total += rarity;
    processingTimeMs += response.processingTimeMs;
    for (const hit of response.hits) {
      const contribution = rarity * (hit._rankingScore ?? 0);
      const entry = scored.get(hit.id);
      if (entry) {
        entry.sum += contribution;
      } else {
        scored.set(hit.id, { hit, sum: contribution });
      }
    }
  }
  const hits = [...scored.values()]
    .sort((a, b) => b.sum - a.sum)
    .map(({ hit, sum }) => ({
      ...hit,
      _rankingScore: total > 0 ? sum / total : 0,
    }));
  return { hits, estimatedTotalHits: hits.length, processingTimeMs };
}

/**
 * Merges the results of several queries for one search like a federated search: a
 * document found by several keeps its best ranking score; equal scores keep the earlier
 * query's order (the typed words' list comes first, so a literal match wins a tie).
 * Totals and facet counts of the union are estimated as the largest of the queries', as
 * the engine's own totals are estimates too.
 */
export function mergeResponses<T extends { id: string }>(
  responses: readonly ResultList<T>[],
  /** Added to a hit's best score before sorting. */
  bonus?: (hit: Hit<T>) => number,
): MergedResponse<T> {
  const best = new Map<string, { hit: Hit<T>; score: number; order: number }>();
  let order = 0;
  for (const response of responses) {
    for (const hit of response.hits) {
      const score = hit._rankingScore ?? 0;
      const known = best.get(hit.id);
      if (!known) {
        best.set(hit.id, { hit, score, order: order++ });
      } else if (score > known.score) {
        // A list asked without highlighting keeps the highlights another list brought.
        const formatted = hit._formatted ?? known.hit._formatted;
        best.set(hit.id, {
          hit: formatted ? { ...hit, _formatted: formatted } : hit,
          score,
          order: known.order,
        });
      }
    }
  }
  if (bonus) {
    for (const entry of best.values()) {
      entry.score += bonus(entry.hit);
    }
  }
  const merged = [...best.values()].sort(
    (a, b) => b.score - a.score || a.order - b.order,
  );
  const facetDistribution: Record<string, Record<string, number>> = {};
  let total = merged.length;
  let processingTimeMs = 0;
  for (const response of responses) {
    total = Math.max(
      total,
      response.estimatedTotalHits ?? response.hits.length,
    );
    processingTimeMs = Math.max(processingTimeMs, response.processingTimeMs);
    for (const [facet, counts] of Object.entries(
      response.facetDistribution ?? {},
    )) {
      const target = (facetDistribution[facet] ??= {});
      for (const [value, count] of Object.entries(counts)) {
        target[value] = Math.max(target[value] ?? 0, count);
      }
    }
  }
  return {
    hits: merged.map((entry) => entry.hit),
    total,
    facetDistribution,
    processingTimeMs,
  };
}

/**
 * Waits until the engine has queued a task (not until it is done; failures are left to
 * waitAll). The engine works through its queue in order, so the staff index's task is
 * queued first: agents on the phone see an edit one indexing task earlier than the
 * public site.
 */
async function enqueued(task: EnqueuedTaskPromise): Promise<void> {
  await task.then(
    () => undefined,
    () => undefined,
  );
}

/** True when the best hit has every query word (ranking score details requested). */
function matchesAll(response: ResultList<unknown>): boolean {
  const words = response.hits[0]?._rankingScoreDetails?.words;
  return !!words && words.matchingWords === words.maxMatchingWords;
}

/** Meilisearch behind the small surface the rest of the API needs. */
export class MeiliSearchEngine {
  private readonly logger = new Logger(MeiliSearchEngine.name);
  private readonly client: Meilisearch;

  constructor(
    private readonly host: string,
    private readonly apiKey: string | undefined,
    private readonly indexPrefix: string,
    private readonly settings: LoadedSearchSettings,
  ) {
    // Without identity encoding every response waits ~40 ms for a delayed ACK (see docs/architecture.md).
    this.client = new Meilisearch({
      host,
      apiKey,
      timeout: 10_000,
      requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    });
  }

  /** The same indexes seen with other settings (tests: a changed vocabulary). */
  withSettings(settings: LoadedSearchSettings): MeiliSearchEngine {
    return new MeiliSearchEngine(
      this.host,
      this.apiKey,
      this.indexPrefix,
      settings,
    );
  }

  get loadedSettings(): LoadedSearchSettings {
    return this.settings;
  }

  indexUid(audience: IndexAudience): string {
    return `${this.indexPrefix}leistungen_${audience}`;
  }

  /** One small index with the fingerprint the Leistungen indexes were built with. */
  private get metaUid(): string {
    return `${this.indexPrefix}search_meta`;
  }

  private index<T extends AnyDocument>(audience: IndexAudience): Index<T> {
    return this.client.index<T>(this.indexUid(audience));
  }

  async isHealthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  private async wait(task: EnqueuedTaskPromise): Promise<void> {
    succeeded(await task.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 10 }));
  }

  /**
   * Creates both indexes if needed. True when they must be rebuilt: just created, their
   * settings differ from the wanted ones, or their documents were built another way
   * (format, synonyms). Settings are never changed on a live index, which would
   * re-index it in place for minutes on a large catalogue: a rebuild brings fresh
   * indexes with the wanted settings (beginRebuild).
   */
  async ensureIndexes(): Promise<boolean> {
    let changed = false;
    for (const audience of ['staff', 'public'] as const) {
      const uid = this.indexUid(audience);
      try {
        const current = await this.client.index(uid).getSettings();
        if (!settingsMatch(this.settings[audience], current)) {
          this.logger.log(`Search settings of ${uid} differ: rebuilding`);
          changed = true;
        }
      } catch (error) {
        if (
          (error as { cause?: { code?: string } }).cause?.code !==
          'index_not_found'
        ) {
          throw error;
        }
        await this.createIndex(uid, audience);
        changed = true;
      }
    }
    if (!changed && (await this.builtFingerprint()) !== this.fingerprint) {
      this.logger.log(
        'Search documents are built differently now (format, synonyms or settings): rebuilding',
      );
      changed = true;
    }
    return changed;
  }

  private async createIndex(uid: string, audience: IndexAudience) {
    await this.wait(this.client.createIndex(uid, { primaryKey: 'id' }));
    await this.wait(
      this.client.index(uid).updateSettings(this.settings[audience]),
    );
  }

  /** Where a rebuild writes, beside the live index that searches keep using meanwhile. */
  private rebuildUid(audience: IndexAudience): string {
    return `${this.indexUid(audience)}_rebuild`;
  }

  /**
   * Starts a rebuild: fresh, empty indexes with the wanted settings beside the live ones
   * (a leftover of an interrupted rebuild is dropped first). Fill them with
   * enqueueRebuild() and swap them in with finishRebuild().
   */
  async beginRebuild(): Promise<void> {
    for (const audience of ['staff', 'public'] as const) {
      const uid = this.rebuildUid(audience);
      await this.dropIfExists(uid);
      await this.createIndex(uid, audience);
    }
  }

  /**
   * Sends documents to the rebuilt indexes without waiting for them to be indexed: the
   * engine then indexes consecutive additions as one batch instead of one batch per
   * page. Returns the tasks for finishRebuild() to wait for.
   */
  async enqueueRebuild(
    staffDocuments: StaffSearchDocument[],
    publicDocuments: PublicSearchDocument[],
  ): Promise<number[]> {
    const enqueued = await Promise.all([
      this.client
        .index(this.rebuildUid('staff'))
        .addDocuments(staffDocuments, { primaryKey: 'id' }),
      this.client
        .index(this.rebuildUid('public'))
        .addDocuments(publicDocuments, { primaryKey: 'id' }),
    ]);
    return enqueued.map((task) => task.taskUid);
  }

  /**
   * Waits for the rebuilt indexes, then swaps both in at once (searches see the old
   * indexes up to that moment, never a half-built one), drops the old ones and records
   * how the documents were built.
   */
  async finishRebuild(taskUids: number[]): Promise<void> {
    for (const uid of taskUids) {
      succeeded(
        await this.client.tasks.waitForTask(uid, {
          timeout: REBUILD_TIMEOUT_MS,
          interval: 100,
        }),
      );
    }
    await this.wait(
      this.client.swapIndexes(
        (['staff', 'public'] as const).map((audience) => ({
          indexes: [this.indexUid(audience), this.rebuildUid(audience)],
          rename: false,
        })),
      ),
    );
    for (const audience of ['staff', 'public'] as const) {
      await this.wait(this.client.deleteIndex(this.rebuildUid(audience)));
    }
    await this.recordBuilt();
  }

  private get fingerprint(): string {
    return this.settings.documentsFingerprint;
  }

  private async builtFingerprint(): Promise<string | undefined> {
    try {
      const entry = await this.client
        .index<{ id: string; fingerprint: string }>(this.metaUid)
        .getDocument('documents');
      return entry.fingerprint;
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code === 'index_not_found' || code === 'document_not_found') {
        return undefined;
      }
      throw error;
    }
  }

  /** Records that both indexes now hold documents built the current way (after a rebuild). */
  private async recordBuilt(): Promise<void> {
    await this.wait(
      this.client
        .index(this.metaUid)
        .addDocuments([{ id: 'documents', fingerprint: this.fingerprint }], {
          primaryKey: 'id',
        }),
    );
  }

  /** Both indexes are updated in parallel: an edit becomes searchable after the slower task, not the sum. */
  async upsert(
    staffDocuments: StaffSearchDocument[],
    publicDocuments: PublicSearchDocument[],
  ): Promise<void> {
    const tasks: EnqueuedTaskPromise[] = [];
    if (staffDocuments.length > 0) {
      const staff = this.index('staff').addDocuments(staffDocuments, {
        primaryKey: 'id',
      });
      tasks.push(staff);
      await enqueued(staff);
    }
    if (publicDocuments.length > 0) {
      tasks.push(
        this.index('public').addDocuments(publicDocuments, {
          primaryKey: 'id',
        }),
      );
    }
    await this.waitAll(tasks);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) {
      return;
    }
    const staff = this.index('staff').deleteDocuments(ids);
    await enqueued(staff);
    await this.waitAll([staff, this.index('public').deleteDocuments(ids)]);
  }

  /** Waits for every task and fails with the first error, leaving no rejected promise unobserved. */
  private async waitAll(tasks: EnqueuedTaskPromise[]): Promise<void> {
    const results = await Promise.allSettled(
      tasks.map((task) => this.wait(task)),
    );
    const failure = results.find(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    );
    if (failure) {
      throw failure.reason;
    }
  }

  /** Removes both indexes (tests and tear-down of throwaway instances). */
  async dropIndexes(): Promise<void> {
    // The meta index exists only once a rebuild finished; a missing one is fine here.
    await this.dropIfExists(this.metaUid);
    for (const audience of ['staff', 'public'] as const) {
      await this.wait(this.client.deleteIndex(this.indexUid(audience)));
      await this.dropIfExists(this.rebuildUid(audience));
    }
  }

  /** Deletes an index; one that does not exist is fine (the task fails, nothing else). */
  private async dropIfExists(uid: string): Promise<void> {
    const task = await this.client
      .deleteIndex(uid)
      .waitTask({ timeout: TASK_TIMEOUT_MS, interval: 10 });
    if (task.status === 'failed' && task.error?.code !== 'index_not_found') {
      succeeded(task);
    }
  }

  /** Names of the indexes this instance's prefix owns (tests: nothing left behind). */
  async indexNames(): Promise<string[]> {
    const { results } = await this.client.getIndexes({ limit: 1000 });
    return results
      .map((index) => index.uid)
      .filter((uid) => uid.startsWith(this.indexPrefix))
      .sort();
  }

  /** Raw documents of one index, for consistency checks. */
  async allDocuments(audience: IndexAudience): Promise<AnyDocument[]> {
    const documents: AnyDocument[] = [];
    const limit = 1000;
    for (let offset = 0; ; offset += limit) {
      const page = await this.index<AnyDocument>(audience).getDocuments({
        limit,
        offset,
      });
      documents.push(...page.results);
      if (page.results.length < limit) {
        return documents;
      }
    }
  }

  async documentCount(audience: IndexAudience): Promise<number> {
    const stats = await this.index(audience).getStats();
    return stats.numberOfDocuments;
  }

  private readonly counts = new Map<
    IndexAudience,
    { value: number; at: number }
  >();

  private async cachedDocumentCount(audience: IndexAudience): Promise<number> {
    const known = this.counts.get(audience);
    if (known && Date.now() - known.at < COUNT_TTL_MS) {
      return known.value;
    }
    const value = await this.documentCount(audience);
    this.counts.set(audience, { value, at: Date.now() });
    return value;
  }

  /**
   * Two queries merged here, the way Meilisearch's federated search would merge them:
   * the caller's words on the text fields (typos, synonyms, prefixes as typed) and,
   * when it differs, the same words as stems and compound parts on the stem fields
   * (which rank like the fields they come from: index-settings.json puts each right
   * after its sources). A literal match wins a tie. They are sent as two
   * requests at once rather than one federated request, because the engine runs a
   * federated request's queries one after the other: measured, that doubled the
   * search latency (docs/benchmarks.md).
   */
  async search(
    audience: IndexAudience,
    query: EngineQuery,
  ): Promise<EngineResult> {
    const highlightFields = [
      'title',
      'shortText',
      'searchTerms',
      'fullText',
      ...(audience === 'staff' ? ['internalNotes'] : []),
    ];
    const wordCount = query.q.split(' ').length;
    const sentence = wordCount >= SENTENCE_MIN_WORDS;
    // Internal notes are hints written by staff, not in callers' words: in a sentence,
    // their incidental words pulled it to unrelated Leistungen (measured: demo staff
    // Recall@1 +0.017, docs/benchmarks.md). Short queries still search them.
    const textFields = (
      this.settings[audience].searchableAttributes ?? []
    ).filter(
      (field) =>
        !STEM_FIELDS.includes(field) &&
        !(sentence && field === 'internalNotes'),
    );
    const common = {
      filter: query.filter,
      attributesToRetrieve: [
        'id',
        'slug',
        'title',
        'shortText',
        'sachgebiet',
        'sachgebietName',
      ],
      attributesToHighlight: highlightFields,
      attributesToCrop: [
        'fullText',
        ...(audience === 'staff' ? ['internalNotes'] : []),
      ],
      cropLength: 24,
      // The 'sort' ranking rule sits after words, typo, proximity and attribute: only a
      // tie between equally good matches goes to the shorter, more general title
      // ("Reisepass" before "Verlust oder Diebstahl Reisepass"). Measured: docs/benchmarks.md.
      // Then the title: otherwise ties follow the order the engine received the
      // documents in, which follows the random ids and differs from run to run.
      sort: ['titleLength:asc', 'title:asc'],
      // Measured on the relevance sets (docs/benchmarks.md): 'frequency' drops the most
      // common query words first and beats 'last' for callers' long sentences.
      matchingStrategy: query.strategy ?? 'frequency',
      highlightPreTag: PRE,
      highlightPostTag: POST,
      facets: [...FACETS],
      showRankingScore: true,
      // Both lists are merged before the page is cut, so each brings the whole head.
      offset: 0,
      limit: query.offset + query.limit,
    };
    const index = this.index<AnyDocument>(audience);
    const stemText = query.stems || query.q;
    const withStems = !!query.stems && query.stems !== query.q;
    const relax = !query.strategy && wordCount >= RELAXED_MIN_WORDS;
    const [text, stems] = await Promise.all([
      index.search(query.q, {
        ...common,
        showRankingScoreDetails: relax,
        attributesToSearchOn: textFields,
      }),
      withStems
        ? index.search(query.stems, {
            ...common,
            showRankingScoreDetails: relax,
            attributesToSearchOn: [...STEM_FIELDS],
          })
        : undefined,
    ]);
    const responses: ResultList<AnyDocument>[] = [text];
    if (stems) {
      responses.push(stems);
    }
    let coverageWeight = TITLE_COVERAGE_WEIGHT;
    if (relax && !responses.some((response) => matchesAll(response))) {
      // No Leistung has all the words, and 'frequency' then keeps the rarest ones,
      // in a caller's words often the weak ones ("auf eine kleinere Mülltonne
      // wechseln" keeps only "wechseln", "reisepass abgelaufen" only "abgelaufen").
      // Two more lists, asked at once: the same stems dropped from the end, which
      // keeps the words callers name first, and one query per stem, scored by the
      // words a Leistung holds (scoreByWords). All lists compete by score.
      const words = [...new Set(stemText.split(' '))];
      const [byWords, last] = await Promise.all([
        Promise.all([
          this.client.multiSearch<MultiSearchParams, AnyDocument>({
            queries: words.map((word) => ({
              indexUid: this.indexUid(audience),
              q: word,
              filter: query.filter,
              attributesToRetrieve: common.attributesToRetrieve,
              showRankingScore: true,
              limit: Math.max(WORD_LIMIT, common.limit),
              // Ties in the same order as the other lists, not the engine's internal
              // one, which follows the random ids: the same catalogue gives the same
              // answer on every instance (measured: no latency cost).
              sort: common.sort,
              attributesToSearchOn: [...STEM_FIELDS],
            })),
          }),
          this.cachedDocumentCount(audience),
        ]),
        // Like the per-word queries, without facets and highlighting: the first two
        // lists bring those (measured on the demo set: staff p50 −2 ms, ~10 %).
        index.search(stemText, {
          ...common,
          facets: [],
          attributesToHighlight: [],
          attributesToCrop: [],
          matchingStrategy: 'last',
          attributesToSearchOn: [...STEM_FIELDS],
        }),
      ]);
      const [perWord, documentCount] = byWords;
      responses.push(scoreByWords(perWord.results, documentCount), last);
      coverageWeight = RELAXED_TITLE_COVERAGE_WEIGHT;
    }
    const coverage = query.titleCoverage;
    const response = mergeResponses(
      responses,
      coverage && ((hit) => coverageWeight * coverage(String(hit.title ?? ''))),
    );
    if (
      response.hits.length === 0 &&
      !query.strategy &&
      !sentence &&
      query.q.includes(' ')
    ) {
      // Two words that no Leistung has together, where the engine's 'frequency'
      // still finds nothing ("Führungszeugnis Job", measured on the demo content):
      // the first word alone. Longer queries have tried more than that above.
      return this.search(audience, { ...query, strategy: 'last' });
    }
    const queryStems = new Set(stemText.split(' '));
    const hits: SearchHit[] = response.hits
      .slice(query.offset, query.offset + query.limit)
      .map((hit) => {
        const formatted = (hit._formatted ?? {
          title: markWords(hit.title, queryStems),
          shortText: markWords(hit.shortText ?? '', queryStems),
        }) as Record<string, unknown>;
        const highlights: SearchHit['highlights'] = {};
        for (const field of highlightFields) {
          const value = formatted[field];
          const text = Array.isArray(value)
            ? value.filter((entry) => String(entry).includes(PRE)).join(' · ')
            : String(value ?? '');
          if (text.includes(PRE)) {
            highlights[field as keyof SearchHit['highlights']] =
              toHighlight(text);
          }
        }
        return {
          id: hit.id,
          slug: hit.slug,
          title: hit.title,
          shortText: hit.shortText,
          sachgebietCode: hit.sachgebiet,
          sachgebietName: hit.sachgebietName,
          highlights,
        };
      });
    const distribution = response.facetDistribution;
    return {
      hits,
      total: response.total,
      facetDistribution: {
        sachgebiet: distribution['sachgebiet'] ?? {},
        lebenslagen: distribution['lebenslagen'] ?? {},
        standorte: distribution['standorte'] ?? {},
      },
      processingTimeMs: response.processingTimeMs,
    };
  }
}
