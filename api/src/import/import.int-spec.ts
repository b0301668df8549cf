import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LeistungStaff, SearchResponse } from '@auskunft/contracts';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Leistung } from '../leistungen/leistung.entity';
import { contentOf, LEISTUNG_RELATIONS } from '../leistungen/leistung-content';
import { BackupService } from './backup.service';
import { readItems } from './import-readers';
import { ImportService } from './import.service';
import type { ImportReport } from './import-types';

const MUNICH = resolve(__dirname, '../../../../shared/data/munich-dldb');
const FIXTURES = resolve(__dirname, '../../test/fixtures');

describe('Import and export (integration)', () => {
  const work = mkdtempSync(join(tmpdir(), 'auskunft-import-'));

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function importFile(
    t: TestApp,
    format: 'dldb' | 'xzufi',
    path: string,
    options: { publish?: boolean; locations?: string; dryRun?: boolean } = {},
  ): Promise<ImportReport> {
    return t.app
      .get(ImportService)
      .run(readItems(format, path, options.locations), {
        format,
        publish: options.publish ?? true,
        dryRun: options.dryRun ?? false,
        actor: null,
      });
  }

  async function contents(t: TestApp) {
    const rows = await t.dataSource
      .getRepository(Leistung)
      .find({ relations: LEISTUNG_RELATIONS });
    return rows
      .map((row) => ({ ...contentOf(row), slug: '', internalNotes: null }))
      .sort(
        (a, b) =>
          a.title.localeCompare(b.title) ||
          a.shortText.localeCompare(b.shortText),
      );
  }

  describe('the Munich DLDB export (287 services, 109 locations)', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });

    afterAll(async () => {
      await t.close();
    });

    it('imports every record, makes them findable in staff and public search, and a second import changes nothing', async () => {
      const dryRun = await importFile(
        t,
        'dldb',
        join(MUNICH, 'services_de.json'),
        { locations: join(MUNICH, 'locations_de.json'), dryRun: true },
      );
      expect(dryRun).toMatchObject({
        handled: 287,
        created: 287,
        rejected: [],
      });
      expect(await t.dataSource.getRepository(Leistung).count()).toBe(0);

      const first = await importFile(
        t,
        'dldb',
        join(MUNICH, 'services_de.json'),
        { locations: join(MUNICH, 'locations_de.json') },
      );
      expect(first.handled).toBe(287);
      expect(first.created + first.rejected.length).toBe(287);
      expect(first.rejected).toEqual([]);
      expect(first.standorte.created).toBe(109);
      expect(first.warnings.map((warning) => warning.message)).toContain(
        'mehrere LeiKa-Schlüssel ("99036008007003, 99036008007004, 99036008007006, 99036008007007"): 99036008007003 übernommen',
      );

      await t.indexed();
      const admin = await t.as('admin');
      const staff = (
        await admin
          .get('/api/v1/search')
          .query({ q: 'Gewerbe-Anmeldung' })
          .expect(200)
      ).body as SearchResponse;
      expect(staff.hits[0]?.title).toBe('Gewerbe-Anmeldung');
      const citizens = (
        await t.http
          .get('/api/v1/public/search')
          .query({ q: 'Reisepass' })
          .expect(200)
      ).body as SearchResponse;
      expect(citizens.hits.map((hit) => hit.title)).toContain('Reisepass');
      const detail = (
        await admin.get(`/api/v1/leistungen/${staff.hits[0]?.id}`).expect(200)
      ).body as LeistungStaff;
      expect(detail).toMatchObject({
        status: 'published',
        leikaKey: '99050012104000',
        externalRef: { source: 'dldb', id: '1063423' },
      });
      expect(detail.standorte.map((standort) => standort.name)).toContain(
        'Gewerbeamt (KVR-III/21)',
      );
      expect(detail.fees[0]).toMatchObject({ amountMin: 50, amountMax: 60 });

      const second = await importFile(
        t,
        'dldb',
        join(MUNICH, 'services_de.json'),
        { locations: join(MUNICH, 'locations_de.json') },
      );
      expect(second).toMatchObject({
        handled: 287,
        created: 0,
        updated: 0,
        unchanged: 287,
        rejected: [],
        standorte: { created: 0, updated: 0, unchanged: 109 },
      });
    });

    it('updates by externalRef on re-import and keeps local additions', async () => {
      const repository = t.dataSource.getRepository(Leistung);
      const reisepass = await repository.findOneOrFail({
        where: { title: 'Reisepass' },
      });
      await repository.update(reisepass.id, {
        internalNotes: 'Expresspass nur bis 12 Uhr',
        searchTerms: [...reisepass.searchTerms, 'Pass abgelaufen'],
      });
      const services = JSON.parse(
        readFileSync(join(MUNICH, 'services_de.json'), 'utf8'),
      ) as { data: { name: string; description: string }[] };
      const changed = services.data.map((service) =>
        service.name === 'Reisepass'
          ? {
              ...service,
              description: '<p>Neue Beschreibung des Reisepasses.</p>',
            }
          : service,
      );
      const updatedFile = join(work, 'services-updated.json');
      writeFileSync(updatedFile, JSON.stringify({ data: changed }));

      const report = await importFile(t, 'dldb', updatedFile, {
        locations: join(MUNICH, 'locations_de.json'),
      });
      expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 286 });
      const after = await repository.findOneOrFail({
        where: { id: reisepass.id },
      });
      expect(after.shortText).toBe('Neue Beschreibung des Reisepasses.');
      expect(after.internalNotes).toBe('Expresspass nur bis 12 Uhr');
      expect(after.searchTerms).toContain('Pass abgelaufen');
    });
  });

  it('rejects or repairs malformed records with a clear reason while the rest of the file imports', async () => {
    const t = await createTestApp();
    try {
      const report = await importFile(
        t,
        'xzufi',
        join(FIXTURES, 'xzufi-malformed.xml'),
      );
      expect(report).toMatchObject({ handled: 5, created: 4 });
      expect(report.rejected).toEqual([
        { record: 'ohne-name', reason: expect.stringContaining('title') },
      ]);
      expect(report.warnings).toEqual(
        expect.arrayContaining([
          {
            record: 'Hund anmelden',
            message:
              'LeiKa-Schlüssel "990500121040001" ist nicht 14-stellig und wurde entfernt',
          },
          {
            record: 'Sperrmüll anmelden',
            message: 'unerlaubtes HTML (Skripte, Ereignis-Attribute) entfernt',
          },
          {
            record: 'Wohngeld beantragen',
            message: '1 Link(s) in forms ohne gültige http(s)-Adresse entfernt',
          },
        ]),
      );
      const repository = t.dataSource.getRepository(Leistung);
      expect(
        (
          await repository.findOneOrFail({
            where: { title: 'Sperrmüll anmelden' },
          })
        ).fullText,
      ).toBe('<p>Termin online buchen.</p>');
      expect(
        (await repository.findOneOrFail({ where: { title: 'Hund anmelden' } }))
          .leikaKey,
      ).toBeNull();
      expect(
        (
          await repository.findOneOrFail({
            where: { title: 'Wohngeld beantragen' },
          })
        ).forms,
      ).toEqual([
        {
          name: 'Antrag (PDF)',
          url: 'https://www.landkreis-lindenau.example/wohngeld.pdf',
        },
      ]);
      const good = await repository.findOneOrFail({
        where: { title: 'Gewerbe anmelden' },
      });
      expect(good.requiredDocuments).toEqual([
        {
          name: 'Personalausweis',
          note: '',
          condition: 'always',
          originalRequired: false,
        },
        {
          name: 'Vollmacht',
          note: 'bei Vertretung',
          condition: 'conditional',
          originalRequired: false,
        },
      ]);
      expect(good.fees).toEqual([
        {
          label: 'Anzeige',
          amountMin: 20,
          amountMax: 60,
          currency: 'EUR',
          note: '',
        },
      ]);
    } finally {
      await t.close();
    }
  });

  it('round-trips XZuFi: export then import reproduces the same Leistungen', async () => {
    const source = await createTestApp({ demoContent: true });
    const file = join(work, 'demo.xzufi.xml');
    let expected: Awaited<ReturnType<typeof contents>>;
    try {
      expect(
        await source.app.get(BackupService).exportXzufi(file),
      ).toBeGreaterThanOrEqual(80);
      expected = await contents(source);
    } finally {
      await source.close();
    }
    // The target knows the same catalog (Sachgebiete, Lebenslagen, Standorte), as an office importing its own data would.
    const target = await createTestApp({ demoContent: true });
    try {
      await target.dataSource
        .createQueryBuilder()
        .delete()
        .from(Leistung)
        .execute();
      const report = await importFile(target, 'xzufi', file);
      expect(report).toMatchObject({ rejected: [], warnings: [] });
      expect(await contents(target)).toEqual(expected);
    } finally {
      await target.close();
    }
  });

  it('restores a lossless JSON backup into an empty instance exactly', async () => {
    const source = await createTestApp({ demoContent: true });
    const file = join(work, 'backup.json');
    const again = join(work, 'backup-again.json');
    try {
      const admin = await source.as('admin');
      const leistung = (
        await admin.get('/api/v1/leistungen').query({ limit: 1 }).expect(200)
      ).body as { items: { id: string }[] };
      await admin
        .put(`/api/v1/leistungen/${leistung.items[0]?.id}/working-copy`)
        .send({ content: { shortText: 'Offene Änderung' } })
        .expect(200);
      await source.app.get(BackupService).exportJson(file, true);
    } finally {
      await source.close();
    }
    const target = await createTestApp();
    try {
      const counts = await target.app.get(BackupService).restore(file);
      expect(counts['leistungen']).toBeGreaterThanOrEqual(80);
      await target.app.get(BackupService).exportJson(again, true);
      const strip = (path: string) => ({
        ...(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>),
        exportedAt: null,
      });
      const restored = strip(again);
      const original = strip(file);
      expect(restored).toEqual(original);
      expect(JSON.stringify(original)).toContain('"internalNotes"');
      await expect(target.app.get(BackupService).restore(file)).rejects.toThrow(
        /not empty/,
      );
      // Without --with-secrets there are no password hashes in the file.
      await target.app.get(BackupService).exportJson(again, false);
      expect(readFileSync(again, 'utf8')).not.toContain('passwordHash');
    } finally {
      await target.close();
    }
  });
});
