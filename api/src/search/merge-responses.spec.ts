import type { SearchResponse } from 'meilisearch';
import { markWords, mergeResponses, scoreByWords } from './meili-search-engine';

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
  it('orders by ranking score across the lists', () => {
    const merged = mergeResponses([
      response(
        [
          ['a', 0.9],
          ['b', 0.5],
        ],
        2,
      ),
      response(
        [
          ['c', 0.8],
          ['d', 0.4],
        ],
        2,
      ),
    ]);
    expect(merged.hits.map((hit) => hit.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('keeps one hit per document with its better score, and the first list first on a tie', () => {
    const merged = mergeResponses([
      response(
        [
          ['a', 0.5],
          ['b', 0.45],
        ],
        2,
      ),
      response(
        [
          ['b', 1],
          ['a', 0.5],
        ],
        2,
      ),
    ]);
    expect(merged.hits.map((hit) => hit.id)).toEqual(['b', 'a']);
    expect(
      mergeResponses([
        response([['x', 0.5]], 1),
        response([['y', 0.5]], 1),
      ]).hits.map((hit) => hit.id),
    ).toEqual(['x', 'y']);
  });

  it('estimates totals and facet counts of the union as the largest of the queries', () => {
    const merged = mergeResponses([
      response([['a', 1]], 7, { '32.1': 5, '32.2': 2 }),
      response(
        [
          ['b', 1],
          ['c', 1],
        ],
        9,
        { '32.1': 3, '40.1': 6 },
      ),
      response([['d', 1]], 4, { '32.2': 4 }),
    ]);
    expect(merged.total).toBe(9);
    expect(merged.hits.map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.facetDistribution['sachgebiet']).toEqual({
      '32.1': 5,
      '32.2': 4,
      '40.1': 6,
    });
  });

  it('adds a bonus to each hit before sorting', () => {
    const merged = mergeResponses(
      [
        response(
          [
            ['special', 0.81],
            ['general', 0.8],
            ['other', 0.7],
          ],
          3,
        ),
      ],
      (hit) => (hit.id === 'special' ? 0 : 0.02),
    );
    expect(merged.hits.map((hit) => hit.id)).toEqual([
      'general',
      'special',
      'other',
    ]);
  });

  it('passes a single result through', () => {
    const merged = mergeResponses([response([['a', 0.3]], 1)]);
    expect(merged.hits.map((hit) => hit.id)).toEqual(['a']);
    expect(merged.total).toBe(1);
  });
});

describe(scoreByWords.name, () => {
  // 100 Leistungen; "fuehrerschein" found in 2, "verlor" in 10, "urlaub" in 1.
  const fuehrerschein = response(
    [
      ['verlust', 1],
      ['ersterteilung', 1],
    ],
    2,
  );
  const verlor = response(
    [
      ['fundbuero', 1],
      ['verlust', 0.5],
    ],
    10,
  );
  const urlaub = response([['reiseimpfung', 1]], 1);

  it('ranks the Leistung with more of the words first, even without the rarest one', () => {
    const list = scoreByWords([urlaub, fuehrerschein, verlor], 100);
    expect(list.hits.map((hit) => hit.id)).toEqual([
      'verlust',
      'reiseimpfung',
      'ersterteilung',
      'fundbuero',
    ]);
  });

  it('weighs rare words more and normalizes by all words: holding all of them scores 1', () => {
    const rarity = (found: number) => Math.log(1 + 100 / found);
    const all = rarity(1) + rarity(2) + rarity(10);
    const list = scoreByWords([urlaub, fuehrerschein, verlor], 100);
    const score = (id: string) =>
      list.hits.find((hit) => hit.id === id)?._rankingScore;
    expect(score('verlust')).toBeCloseTo(
      (rarity(2) + 0.5 * rarity(10)) / all,
      6,
    );
    expect(score('reiseimpfung')).toBeCloseTo(rarity(1) / all, 6);
    expect(
      scoreByWords([response([['x', 1]], 3), response([['x', 1]], 50)], 100)
        .hits[0]._rankingScore,
    ).toBeCloseTo(1, 6);
  });

  it('keeps the highlights another list brought when a list without them scores higher', () => {
    const highlighted = response([['a', 0.5]], 1);
    highlighted.hits[0]._formatted = { id: 'a', title: 'marked' } as never;
    const merged = mergeResponses([highlighted, response([['a', 0.9]], 1)]);
    expect(merged.hits[0]._rankingScore).toBe(0.9);
    expect((merged.hits[0]._formatted as { title: string }).title).toBe(
      'marked',
    );
  });

  it('scores nothing when no word found anything', () => {
    expect(scoreByWords([response([], 0)], 100).hits).toEqual([]);
  });
});

describe(markWords.name, () => {
  it('marks the words with a query stem, and those beginning with one', () => {
    expect(
      markWords(
        'Führerschein verloren? Ersatzführerschein beim Amt',
        new Set(['fuhrerschein', 'verlor']),
      ),
    ).toBe(
      '\u0002Führerschein\u0003 \u0002verloren\u0003? Ersatzführerschein beim Amt',
    );
    expect(markWords('Hundesteuer', new Set(['hund']))).toBe(
      '\u0002Hundesteuer\u0003',
    );
    // Stems shorter than four letters only mark the word itself.
    expect(markWords('Amt und Amtsgericht', new Set(['amt']))).toBe(
      '\u0002Amt\u0003 und Amtsgericht',
    );
    expect(markWords('Hund anmelden', new Set(['hund']))).toBe(
      '\u0002Hund\u0003 anmelden',
    );
  });
});
