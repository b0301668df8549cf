import type {
  LeistungListItem,
  LeistungStaff,
  Page,
  SearchResponse,
} from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * Pieces of an internal note long enough to be distinctive: sentences and
 * clauses of at least 20 characters, as they appear in JSON text.
 */
export function noteFragments(note: string): string[] {
  return note
    .split(/[.!?;:()„“"–]+|\s-\s/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 20);
}

/** Words of at least five letters, lower-cased. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 5);
}

describe('Public side never shows internal notes (integration, demo content)', () => {
  let t: TestApp;
  let admin: TestAgent;
  /** Every published Leistung as staff see it. */
  let staff: LeistungStaff[];

  beforeAll(async () => {
    t = await createTestApp({ demoContent: true });
    admin = await t.as('admin');
    await t.indexed();
    const list = (
      await admin
        .get('/api/v1/leistungen')
        .query({ status: 'published', limit: 100 })
        .expect(200)
    ).body as Page<LeistungListItem>;
    const rest =
      list.total > 100
        ? (
            (
              await admin
                .get('/api/v1/leistungen')
                .query({ status: 'published', limit: 100, offset: 100 })
                .expect(200)
            ).body as Page<LeistungListItem>
          ).items
        : [];
    staff = [];
    for (const item of [...list.items, ...rest]) {
      staff.push(
        (await admin.get(`/api/v1/leistungen/${item.id}`).expect(200))
          .body as LeistungStaff,
      );
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds no internal note, or any distinctive piece of one, in any public API answer', async () => {
    const withNotes = staff.filter((leistung) => leistung.internalNotes);
    expect(withNotes.length).toBeGreaterThan(30);

    // What citizens may legitimately read: everything staff see except the notes.
    const legitimate = JSON.stringify(
      staff.map(({ internalNotes: _notes, ...rest }) => rest),
    ).toLowerCase();

    const fragments = withNotes.flatMap((leistung) =>
      noteFragments(leistung.internalNotes ?? '')
        .map((fragment) => JSON.stringify(fragment).slice(1, -1))
        .filter((fragment) => !legitimate.includes(fragment.toLowerCase()))
        .map((fragment) => ({ slug: leistung.slug, fragment })),
    );
    expect(fragments.length).toBeGreaterThan(withNotes.length);
    // The detector works: each note is caught by its fragments in an answer that does hold it.
    const undetectable = withNotes.filter(
      (leistung) =>
        !fragments.some(
          ({ slug, fragment }) =>
            slug === leistung.slug &&
            JSON.stringify(leistung).includes(fragment),
        ),
    );
    expect(undetectable.map((leistung) => leistung.slug)).toEqual([]);

    const responses: { path: string; text: string }[] = [];
    async function collect(path: string, query: Record<string, string> = {}) {
      const response = await t.http.get(path).query(query).expect(200);
      responses.push({ path, text: response.text });
      return response;
    }

    for (const leistung of staff) {
      await collect(`/api/v1/public/leistungen/${leistung.slug}`);
    }
    await collect('/api/v1/public/lebenslagen');
    await collect('/api/v1/public/sachgebiete');
    await collect('/api/v1/public/standorte');
    await collect('/api/v1/public/search', { limit: '100' });
    await collect('/api/v1/public/search', { limit: '100', offset: '100' });
    await collect('/sitemap.xml');

    // Search for words that occur only in internal notes, never in public text.
    let searchedWords = 0;
    let staffFound = 0;
    for (const leistung of withNotes) {
      const own = [...new Set(words(leistung.internalNotes ?? ''))]
        .filter((word) => !legitimate.includes(word))
        .slice(0, 2);
      for (const word of own) {
        searchedWords++;
        await collect('/api/v1/public/search', { q: word, limit: '100' });
        const staffHits = (
          await admin
            .get('/api/v1/search')
            .query({ q: word, limit: 100 })
            .expect(200)
        ).body as SearchResponse;
        if (staffHits.hits.some((hit) => hit.id === leistung.id)) {
          staffFound++;
        }
      }
    }
    // The words are real: staff search finds the Leistungen by them.
    expect(searchedWords).toBeGreaterThan(30);
    expect(staffFound).toBeGreaterThan(searchedWords / 2);

    const leaks = responses.flatMap(({ path, text }) =>
      fragments
        .filter(({ fragment }) => text.includes(fragment))
        .map(({ slug, fragment }) => `${path}: ${slug}: "${fragment}"`),
    );
    expect(leaks).toEqual([]);
    expect(
      responses.filter(({ text }) => text.includes('internalNotes')),
    ).toEqual([]);
  });
});
