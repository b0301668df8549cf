import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { POSTGRES_FULLTEXT_EXPRESSION } from '../database/migrations/1763701100000-fulltext-leichte-sprache';
import { Leistung } from '../leistungen/leistung.entity';
import { stemmer } from '@orama/stemmers/german';
import { words } from './german-text';
import type { EngineResult } from './meili-search-engine';
import type { SearchQueryDto } from './search-query.dto';

/** How many full-text candidates are ranked before facets and validity filter them. */
const CANDIDATES = 500;

/**
 * Answers from the database while Meilisearch is unreachable, with the database's own
 * full-text search (SQLite FTS5 with prefix terms ranked by BM25, title weighted
 * tenfold; PostgreSQL's "german" configuration ranked by ts_rank_cd), over the titles,
 * search terms and summaries (on SQLite also the documents and the full text), the
 * Leichte-Sprache text included. Any query word
 * may match; more matches rank higher. No typo tolerance and no synonyms, but an agent
 * still gets an answer — the response says the search is degraded.
 */
@Injectable()
export class DatabaseSearchFallback {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(
    query: SearchQueryDto & { q: string; limit: number; offset: number },
  ): Promise<EngineResult> {
    const started = Date.now();
    const today = new Date().toISOString().slice(0, 10);
    const builder = this.dataSource
      .getRepository(Leistung)
      .createQueryBuilder('leistung')
      .leftJoinAndSelect('leistung.sachgebiet', 'sachgebiet')
      .where('leistung.status = :status', { status: 'published' })
      .andWhere(
        new Brackets((where) =>
          where
            .where('leistung.validFrom IS NULL')
            .orWhere('leistung.validFrom <= :today', { today }),
        ),
      )
      .andWhere(
        new Brackets((where) =>
          where
            .where('leistung.validTo IS NULL')
            .orWhere('leistung.validTo >= :today', { today }),
        ),
      );
    const ranked = query.q ? await this.rankedIds(query.q) : undefined;
    if (ranked) {
      if (ranked.length === 0) {
        return this.result([], 0, started);
      }
      builder.andWhere('leistung.id IN (:...ranked)', { ranked });
    }
    if (query.lebenslage) {
      builder.andWhere(
        'leistung.id IN (SELECT ll."leistungId" FROM leistung_lebenslage ll JOIN lebenslage l ON l.id = ll."lebenslageId" WHERE l.slug = :lebenslage)',
        { lebenslage: query.lebenslage },
      );
    }
    if (query.standort) {
      builder.andWhere(
        'leistung.id IN (SELECT ls."leistungId" FROM leistung_standort ls JOIN standort s ON s.id = ls."standortId" WHERE s.key = :standort)',
        { standort: query.standort },
      );
    }
    if (query.sachgebiet) {
      builder.andWhere('sachgebiet.code = :code', { code: query.sachgebiet });
    }
    if (ranked) {
      const order = new Map(ranked.map((id, index) => [id, index]));
      const rows = (await builder.getMany()).sort(
        (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
      );
      return this.result(
        rows.slice(query.offset, query.offset + query.limit),
        rows.length,
        started,
      );
    }
    const [rows, total] = await builder
      .orderBy('leistung.title', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return this.result(rows, total, started);
  }

  /** Ids of the best full-text matches, best first. */
  private async rankedIds(q: string): Promise<string[]> {
    const terms = [...new Set(words(q))].slice(0, 10);
    if (terms.length === 0) {
      return [];
    }
    if (this.dataSource.options.type === 'postgres') {
      const tsquery = terms.map((term) => `${term}:*`).join(' | ');
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM leistung
          WHERE ${POSTGRES_FULLTEXT_EXPRESSION} @@ to_tsquery('german', $1)
          ORDER BY ts_rank_cd(${POSTGRES_FULLTEXT_EXPRESSION}, to_tsquery('german', $1)) DESC
          LIMIT ${CANDIDATES}`,
        [tsquery],
      );
      return rows.map((row) => row.id);
    }
    // Stems as prefixes reach other word forms ("zulassen" → "zulass*" → "Zulassung");
    // words with ß also as typed, since the stemmer writes "ss" and FTS5 does not fold it.
    // Letters and digits only, quoted: nothing a user types is FTS5 syntax.
    const prefixes = new Set(
      terms.flatMap((term) =>
        term.includes('ß') ? [stemmer(term), term] : [stemmer(term)],
      ),
    );
    const match = [...prefixes].map((term) => `"${term}"*`).join(' OR ');
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT leistung.id AS id FROM leistung_fts
         JOIN leistung ON leistung.rowid = leistung_fts.rowid
        WHERE leistung_fts MATCH ?
        ORDER BY bm25(leistung_fts, 10.0, 1.0)
        LIMIT ${CANDIDATES}`,
      [match],
    );
    return rows.map((row) => row.id);
  }

  private result(
    rows: Leistung[],
    total: number,
    started: number,
  ): EngineResult {
    return {
      hits: rows.map((leistung) => ({
        id: leistung.id,
        slug: leistung.slug,
        title: leistung.title,
        shortText: leistung.shortText,
        sachgebietCode: leistung.sachgebiet?.code ?? null,
        sachgebietName: leistung.sachgebiet?.name ?? null,
        highlights: {},
      })),
      total,
      facetDistribution: { sachgebiet: {}, lebenslagen: {}, standorte: {} },
      processingTimeMs: Date.now() - started,
    };
  }
}
