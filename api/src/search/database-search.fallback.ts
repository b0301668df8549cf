import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { Leistung } from '../leistungen/leistung.entity';
import type { EngineResult } from './meili-search-engine';
import type { SearchQueryDto } from './search-query.dto';

/**
 * Answers from the database while Meilisearch is unreachable: every query word
 * must occur in the title, plain title, Kurztext or search terms. Plain and
 * slower, without typo tolerance, but an agent still gets an answer.
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
    const words = query.q
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 10);
    words.forEach((word, index) => {
      const parameter = `word${index}`;
      const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      builder.andWhere(
        new Brackets((where) =>
          ['title', 'plainTitle', 'shortText', 'searchTerms'].forEach(
            (column) =>
              where.orWhere(
                `LOWER(CAST(leistung.${column} AS TEXT)) LIKE :${parameter} ESCAPE '\\'`,
                { [parameter]: pattern },
              ),
          ),
        ),
      );
    });
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
    const [rows, total] = await builder
      .orderBy('leistung.title', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
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
