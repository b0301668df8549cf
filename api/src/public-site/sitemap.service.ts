import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Leistung } from '../leistungen/leistung.entity';

/** Public pages that exist independent of content (kept in step with web/src/app/paths.ts). */
export const STATIC_PUBLIC_PATHS = [
  '/',
  '/a-z',
  '/sachgebiete',
  '/barrierefreiheit',
  '/leichte-sprache',
];

/** Areas that need a session; crawlers have nothing to find there. */
export const STAFF_PATHS = [
  '/desk',
  '/editor',
  '/admin',
  '/rueckmeldungen',
  '/anmelden',
];

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function isoDay(value: Date | string | null | undefined): string | null {
  if (!value) {
    return null;
  }
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

@Injectable()
export class SitemapService {
  constructor(private readonly dataSource: DataSource) {}

  /** Published Leistungen that are valid today, the browse pages and the static pages. */
  async sitemap(origin: string): Promise<string> {
    const today = new Date().toISOString().slice(0, 10);
    const leistungen = await this.dataSource
      .getRepository(Leistung)
      .createQueryBuilder('leistung')
      .select([
        'leistung.slug',
        'leistung.updatedAt',
        'leistung.lastReviewedAt',
        'leistung.validFrom',
        'leistung.validTo',
      ])
      .where('leistung.status = :status', { status: 'published' })
      .orderBy('leistung.slug', 'ASC')
      .getMany();
    const current = leistungen.filter(
      (leistung) =>
        (!leistung.validFrom || leistung.validFrom <= today) &&
        (!leistung.validTo || leistung.validTo >= today),
    );
    const lebenslagen = await this.dataSource
      .getRepository(Lebenslage)
      .find({ order: { slug: 'ASC' } });
    const sachgebiete = await this.dataSource
      .getRepository(Sachgebiet)
      .find({ order: { code: 'ASC' } });

    const entries: { path: string; lastmod: string | null }[] = [
      ...STATIC_PUBLIC_PATHS.map((path) => ({ path, lastmod: null })),
      ...lebenslagen.map((lebenslage) => ({
        path: `/lebenslagen/${encodeURIComponent(lebenslage.slug)}`,
        lastmod: null,
      })),
      ...sachgebiete.map((sachgebiet) => ({
        path: `/sachgebiete/${encodeURIComponent(sachgebiet.code)}`,
        lastmod: null,
      })),
      ...current.map((leistung) => {
        const updated = isoDay(leistung.updatedAt);
        const reviewed = isoDay(leistung.lastReviewedAt);
        return {
          path: `/leistungen/${encodeURIComponent(leistung.slug)}`,
          lastmod:
            reviewed && updated && reviewed > updated ? reviewed : updated,
        };
      }),
    ];
    const urls = entries
      .map(
        ({ path, lastmod }) =>
          `  <url><loc>${escapeXml(origin + path)}</loc>${
            lastmod ? `<lastmod>${lastmod}</lastmod>` : ''
          }</url>`,
      )
      .join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  }

  robots(origin: string): string {
    return [
      'User-agent: *',
      ...STAFF_PATHS.map((path) => `Disallow: ${path}`),
      'Disallow: /api/',
      'Allow: /',
      '',
      `Sitemap: ${origin}/sitemap.xml`,
      '',
    ].join('\n');
  }
}
