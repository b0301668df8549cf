import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface SeedLeistung {
  slug: string;
  internalNotes?: string | null;
  [field: string]: unknown;
}

const SEED_DIR = join(__dirname, '../../seed-data/leistungen');

function seedLeistungen(): SeedLeistung[] {
  return readdirSync(SEED_DIR)
    .filter((file) => file.endsWith('.json'))
    .flatMap(
      (file) =>
        JSON.parse(
          readFileSync(join(SEED_DIR, file), 'utf8'),
        ) as SeedLeistung[],
    );
}

/** Sentences and clauses of a note long enough to be distinctive. */
function fragments(note: string): string[] {
  return note
    .split(/[.!?;:()„“"–]+|\s-\s/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 20);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 6);
}

/** HTML as readable text: tags dropped, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

test.describe('Public pages never show internal notes', () => {
  test('no seed Leistung’s internal notes appear on any public page, including search results for words only the notes contain', async ({
    request,
  }) => {
    test.setTimeout(300_000);
    const all = seedLeistungen();
    const withNotes = all.filter((leistung) => leistung.internalNotes);
    expect(withNotes.length).toBeGreaterThan(30);

    // Everything else a seed Leistung says is meant for citizens.
    const publicText = JSON.stringify(
      all.map(({ internalNotes: _notes, ...rest }) => rest),
    ).toLowerCase();
    const checks = withNotes.flatMap((leistung) =>
      fragments(leistung.internalNotes ?? '')
        .filter((fragment) => !publicText.includes(fragment.toLowerCase()))
        .map((fragment) => ({ slug: leistung.slug, fragment })),
    );
    // Every note can be recognised by at least one of its pieces.
    expect(
      withNotes
        .filter(
          (leistung) => !checks.some((check) => check.slug === leistung.slug),
        )
        .map((leistung) => leistung.slug),
    ).toEqual([]);

    const paths = new Set<string>([
      '/',
      '/a-z',
      '/sachgebiete',
      '/barrierefreiheit',
      '/leichte-sprache',
      '/sitemap.xml',
    ]);
    for (const leistung of all) {
      paths.add(`/leistungen/${leistung.slug}`);
    }
    const lebenslagen = (await (
      await request.get('/api/v1/public/lebenslagen')
    ).json()) as { slug: string }[];
    for (const lebenslage of lebenslagen) {
      paths.add(`/lebenslagen/${lebenslage.slug}`);
    }
    const sachgebiete = (await (
      await request.get('/api/v1/public/sachgebiete')
    ).json()) as { code: string }[];
    for (const sachgebiet of sachgebiete) {
      paths.add(`/sachgebiete/${sachgebiet.code}`);
    }
    // Result pages for words that only internal notes contain.
    const notesOnlyWords = withNotes
      .map((leistung) =>
        [...new Set(words(leistung.internalNotes ?? ''))].find(
          (candidate) => !publicText.includes(candidate),
        ),
      )
      .filter((word): word is string => word !== undefined);
    expect(notesOnlyWords.length).toBeGreaterThan(20);
    for (const word of notesOnlyWords) {
      paths.add(`/?q=${encodeURIComponent(word)}`);
    }
    expect(paths.size).toBeGreaterThan(all.length + 40);

    const leaks: string[] = [];
    for (const path of paths) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const text = visibleText(html);
      leaks.push(
        ...checks
          .filter(
            ({ fragment }) =>
              text.includes(fragment) || html.includes(fragment),
          )
          .map(
            ({ slug, fragment }) => `${path}: note of ${slug}: "${fragment}"`,
          ),
        ...(html.includes('internalNotes')
          ? [`${path}: field name internalNotes`]
          : []),
      );
    }
    expect(leaks).toEqual([]);
  });
});
