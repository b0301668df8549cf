import type { SearchResponse } from 'meilisearch';
import { mergeResponses } from './meili-search-engine';

type Doc = { id: string };

function response(
  hits: [string, number][],
  total: number,
  sachgebiet: Record<string, number> = {},
): SearchResponse<Doc> {
  return {
    hits: hits.map(([id, score]) => ({ id, _rankingScore: score })),
    estimatedTotalHits: total,
    facetDistribution: { sachgebiet },
    processingTimeMs: 2,
    query: '',
    limit: 20,
    offset: 0,
  } as unknown as SearchResponse<Doc>;
}

describe(mergeResponses.name, () => {
  it('orders by ranking score, stems hits weighted down', () => {
    const merged = mergeResponses([
      [
        response(
          [
            ['a', 0.9],
            ['b', 0.5],
          ],
          2,
        ),
        1,
      ],
      [
        response(
          [
            ['c', 0.8],
            ['d', 0.4],
          ],
          2,
        ),
        0.9,
      ],
    ]);
    // c: 0.72 sits between a (0.9) and b (0.5); d: 0.36 comes last.
    expect(merged.hits.map((hit) => hit.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('keeps one hit per document with its better score, and the typed words first on a tie', () => {
    const merged = mergeResponses([
      [
        response(
          [
            ['a', 0.5],
            ['b', 0.45],
          ],
          2,
        ),
        1,
      ],
      [
        response(
          [
            ['b', 1],
            ['a', 0.5],
          ],
          2,
        ),
        0.9,
      ],
    ]);
    expect(merged.hits.map((hit) => hit.id)).toEqual(['b', 'a']);
    expect(
      mergeResponses([
        [response([['x', 0.45]], 1), 1],
        [response([['y', 0.5]], 1), 0.9],
      ]).hits.map((hit) => hit.id),
    ).toEqual(['x', 'y']);
  });

  it('estimates totals and facet counts of the union as the largest of the queries', () => {
    const merged = mergeResponses([
      [response([['a', 1]], 7, { '32.1': 5, '32.2': 2 }), 1],
      [
        response(
          [
            ['b', 1],
            ['c', 1],
          ],
          9,
          { '32.1': 3, '40.1': 6 },
        ),
        0.9,
      ],
      [response([['d', 1]], 4, { '32.2': 4 }), 0.9],
    ]);
    expect(merged.total).toBe(9);
    expect(merged.hits.map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.facetDistribution['sachgebiet']).toEqual({
      '32.1': 5,
      '32.2': 4,
      '40.1': 6,
    });
  });

  it('passes a single result through', () => {
    const merged = mergeResponses([[response([['a', 0.3]], 1), 1]]);
    expect(merged.hits.map((hit) => hit.id)).toEqual(['a']);
    expect(merged.total).toBe(1);
  });
});
