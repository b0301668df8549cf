import { Injectable, Logger } from '@nestjs/common';
import type { FacetValue, SearchResponse } from '@auskunft/contracts';
import { CatalogService } from '../catalog/catalog.service';
import { DatabaseSearchFallback } from './database-search.fallback';
import type { EngineResult } from './meili-search-engine';
import { SearchEngineHost } from './search-engine.host';
import type { IndexAudience } from './search-settings';
import type { SearchQueryDto } from './search-query.dto';

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Filters shared by both audiences: facets chosen by the user plus validity at this moment. */
export function buildFilter(
  query: SearchQueryDto,
  nowSeconds: number,
): string[] {
  const filter = [
    `(validFromTs IS NULL OR validFromTs <= ${nowSeconds})`,
    `(validToTs IS NULL OR validToTs >= ${nowSeconds})`,
  ];
  if (query.sachgebiet) {
    filter.push(`sachgebiet = ${quote(query.sachgebiet)}`);
  }
  if (query.lebenslage) {
    filter.push(`lebenslagen = ${quote(query.lebenslage)}`);
  }
  if (query.standort) {
    filter.push(`standorte = ${quote(query.standort)}`);
  }
  return filter;
}

@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(
    private readonly host: SearchEngineHost,
    private readonly fallback: DatabaseSearchFallback,
    private readonly catalog: CatalogService,
  ) {}

  async search(
    audience: IndexAudience,
    query: SearchQueryDto,
  ): Promise<SearchResponse> {
    const q = (query.q ?? '').trim();
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    let result: EngineResult;
    let degraded = false;
    const { vocabulary } = this.host;
    const analyzed = vocabulary.analyzeQuery(q);
    const named = analyzed.stems
      ? vocabulary.nameQuery(q, analyzed)
      : undefined;
    const engineQuery = {
      q: analyzed.text,
      stems: analyzed.stems,
      filter: buildFilter(query, Math.floor(Date.now() / 1000)),
      limit,
      offset,
      titleCoverage:
        named && ((title: string) => vocabulary.titleCoverage(title, named)),
    };
    try {
      result = await this.host.engine.search(audience, engineQuery);
    } catch (error) {
      // The engine being down degrades search; it must not fail the agent's lookup.
      this.logger.warn(
        `Search engine unavailable, answering from the database: ${(error as Error).message}`,
      );
      result = await this.fallback.search({
        ...query,
        q: analyzed.text,
        limit,
        offset,
      });
      degraded = true;
    }
    const labels = await this.catalog.labels();
    const facet = (
      distribution: Record<string, number>,
      names: Map<string, string>,
    ): FacetValue[] =>
      Object.entries(distribution)
        .map(([value, count]) => ({
          value,
          label: names.get(value) ?? value,
          count,
        }))
        .sort(
          (a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'),
        );
    return {
      query: q,
      hits: result.hits,
      total: result.total,
      limit,
      offset,
      facets: {
        sachgebiet: facet(
          result.facetDistribution.sachgebiet,
          labels.sachgebiete,
        ),
        lebenslagen: facet(
          result.facetDistribution.lebenslagen,
          labels.lebenslagen,
        ),
        standorte: facet(result.facetDistribution.standorte, labels.standorte),
      },
      processingTimeMs: result.processingTimeMs,
      degraded,
    };
  }
}
