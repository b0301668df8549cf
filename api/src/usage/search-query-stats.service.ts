import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { Cron, Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  SearchChannel,
  SearchQueryFigure,
  SearchQueryFigures,
} from '@auskunft/contracts';
import { DataSource, LessThan, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { normalizeTopic, officeDay, shiftDay } from './office-day';
import { SearchQueryDay } from './usage.entities';

/** Longest normalized query kept; longer ones are cut (a sentence, not a search term). */
export const SEARCH_QUERY_MAX_LENGTH = 100;
/**
 * A query is shown on the dashboard only when it was searched at least this often
 * in the period, so a name or number typed once never appears.
 */
export const MIN_SEARCHES_SHOWN = 2;
const TOP_LIMIT = 10;
/** Citizens' searches are summed in memory and written this often (and before any read). */
const PUBLIC_FLUSH_MS = 10_000;

/**
 * What looks like personal data is not counted at all: an e-mail address or a
 * number of six or more digits, separators allowed (phone numbers, dates of
 * birth, file numbers). Postcodes (five digits) are kept.
 */
const PERSONAL = /@|\d[\d\s/().+-]{4,}\d/;

/**
 * The query as counted: trimmed, lower-cased, inner whitespace collapsed, at most
 * SEARCH_QUERY_MAX_LENGTH characters; null for what is not counted (shorter than
 * two characters, or looking like personal data).
 */
export function normalizeSearchQuery(query: string): string | null {
  const normalized = normalizeTopic(query);
  if (Array.from(normalized).length < 2 || PERSONAL.test(normalized)) {
    return null;
  }
  return Array.from(normalized)
    .slice(0, SEARCH_QUERY_MAX_LENGTH)
    .join('')
    .trimEnd();
}

type Count = string | number;

/**
 * Daily counts of settled searches per channel and normalized query. No user and
 * no time finer than the office day is stored; rows older than
 * SEARCH_QUERY_RETENTION_DAYS are deleted nightly.
 */
@Injectable()
export class SearchQueryStatsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SearchQueryStatsService.name);
  /** Public searches not yet written, by office day and normalized query. */
  private pending = new Map<
    string,
    { day: string; query: string; searches: number; zeroHits: number }
  >();
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get rows(): Repository<SearchQueryDay> {
    return this.dataSource.getRepository(SearchQueryDay);
  }

  /** One settled search; returns whether it was counted. */
  async record(
    channel: SearchChannel,
    query: string,
    hits: number,
    now = new Date(),
  ): Promise<boolean> {
    const normalized = normalizeSearchQuery(query);
    if (normalized === null) {
      return false;
    }
    await this.add(channel, officeDay(now), normalized, 1, hits === 0 ? 1 : 0);
    return true;
  }

  private async add(
    channel: SearchChannel,
    day: string,
    query: string,
    searches: number,
    zeroHits: number,
  ): Promise<void> {
    // Insert-if-missing, then an atomic increment: no upsert dialect, no lost count.
    await this.rows
      .createQueryBuilder()
      .insert()
      .values({ day, channel, query, searches: 0, zeroHits: 0 })
      .orIgnore()
      .execute();
    await this.rows
      .createQueryBuilder()
      .update()
      .set({
        searches: () => `searches + ${Number(searches)}`,
        zeroHits: () => `"zeroHits" + ${Number(zeroHits)}`,
      })
      .where('day = :day AND channel = :channel AND query = :query', {
        day,
        channel,
        query,
      })
      .execute();
  }

  /**
   * Writes the summed public searches. Called every PUBLIC_FLUSH_MS, before the
   * figures are read and at shutdown; runs one at a time.
   */
  flush(): Promise<void> {
    const run = this.flushing.then(async () => {
      const entries = [...this.pending.values()];
      this.pending = new Map();
      for (const entry of entries) {
        await this.add(
          'public',
          entry.day,
          entry.query,
          entry.searches,
          entry.zeroHits,
        );
      }
    });
    this.flushing = run.catch((error: unknown) => {
      this.logger.error(
        `Writing public search counts failed: ${String(error)}`,
      );
    });
    return run;
  }

  @Interval('search-query-flush', PUBLIC_FLUSH_MS)
  async flushPeriodically(): Promise<void> {
    if (this.pending.size > 0) {
      await this.flush().catch(() => undefined);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush().catch(() => undefined);
  }

  /**
   * A citizen's search, counted by the public search endpoint. Only a first page
   * without filters is a submitted search: "more results" and a filter chosen
   * afterwards repeat the same query and must not count it again. With the SSR
   * transfer cache, a submitted search reaches this endpoint exactly once.
   * Only summed in memory here (see flush), so it never fails or slows the search.
   */
  recordPublicSearch(
    params: {
      q?: string;
      offset?: number;
      sachgebiet?: string;
      lebenslage?: string;
      standort?: string;
    },
    total: number,
    now = new Date(),
  ): boolean {
    if (
      !params.q ||
      (params.offset ?? 0) > 0 ||
      params.sachgebiet ||
      params.lebenslage ||
      params.standort
    ) {
      return false;
    }
    const normalized = normalizeSearchQuery(params.q);
    if (normalized === null) {
      return false;
    }
    // Summed in memory: two database statements per citizen search cost more CPU
    // than the search itself under load (docs/benchmarks.md).
    const day = officeDay(now);
    const key = `${day}\u0000${normalized}`;
    const entry = this.pending.get(key) ?? {
      day,
      query: normalized,
      searches: 0,
      zeroHits: 0,
    };
    entry.searches++;
    if (total === 0) {
      entry.zeroHits++;
    }
    this.pending.set(key, entry);
    return true;
  }

  /** The most frequent queries and those that found nothing, for office days from–to. */
  async figures(from: string, to: string): Promise<SearchQueryFigures> {
    await this.flush();
    const grouped = () =>
      this.rows
        .createQueryBuilder('s')
        .select('s.query', 'query')
        .addSelect('SUM(s.searches)', 'searches')
        .addSelect(
          "SUM(CASE WHEN s.channel = 'staff' THEN s.searches ELSE 0 END)",
          'staff',
        )
        .addSelect('SUM(s.zeroHits)', 'zeroHits')
        .where('s.day >= :from AND s.day <= :to', { from, to })
        .groupBy('s.query')
        .having('SUM(s.searches) >= :min', { min: MIN_SEARCHES_SHOWN });
    type Row = {
      query: string;
      searches: Count;
      staff: Count;
      zeroHits: Count;
    };
    const [top, zero] = await Promise.all([
      grouped()
        .orderBy('SUM(s.searches)', 'DESC')
        .addOrderBy('s.query', 'ASC')
        .limit(TOP_LIMIT)
        .getRawMany<Row>(),
      grouped()
        .andHaving('SUM(s.zeroHits) > 0')
        .orderBy('SUM(s.zeroHits)', 'DESC')
        .addOrderBy('SUM(s.searches)', 'DESC')
        .addOrderBy('s.query', 'ASC')
        .limit(TOP_LIMIT)
        .getRawMany<Row>(),
    ]);
    const figure = (row: Row): SearchQueryFigure => ({
      query: row.query,
      // PostgreSQL returns SUM as a string (bigint).
      searches: Number(row.searches),
      staff: Number(row.staff),
      public: Number(row.searches) - Number(row.staff),
      zeroHits: Number(row.zeroHits),
    });
    return {
      minSearches: MIN_SEARCHES_SHOWN,
      retentionDays: this.config.operations.searchQueryRetentionDays,
      top: top.map(figure),
      zeroHits: zero.map(figure),
    };
  }

  /** First office day still kept: rows of earlier days are due for deletion. */
  retentionCutoff(now = new Date()): string {
    return shiftDay(
      officeDay(now),
      -this.config.operations.searchQueryRetentionDays,
    );
  }

  /** Deletes the counts older than SEARCH_QUERY_RETENTION_DAYS; returns how many rows. */
  async deleteExpired(now = new Date()): Promise<number> {
    const result = await this.rows.delete({
      day: LessThan(this.retentionCutoff(now)),
    });
    return result.affected ?? 0;
  }

  /** Nightly, outside office hours. */
  @Cron('25 2 * * *', {
    name: 'search-query-retention',
    timeZone: 'Europe/Berlin',
  })
  async runRetention(): Promise<void> {
    try {
      const deleted = await this.deleteExpired();
      if (deleted > 0) {
        this.logger.log(
          `Search queries: ${deleted} expired day counts deleted`,
        );
      }
    } catch (error) {
      this.logger.error(`Search query retention failed: ${String(error)}`);
    }
  }
}
