import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { HttpClient } from '@angular/common/http';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { StandortPublic } from '@auskunft/contracts';
import { type Observable, catchError, map, of, switchMap } from 'rxjs';
import { CatalogApi } from '../core/api/catalog-api';
import { PUBLIC_LINKS, lebenslageLink } from '../paths';
import { OpeningStatusBadge } from '../shared/opening-status/opening-status-badge';
import { SearchPage } from '../shared/search/search-page';
import { type LeistungLinkItem, LeistungLinks } from './leistung-links';
import { PublicDirectory } from './public-directory';
import { PageMetaService, SITE_NAME } from './seo/page-meta';
import { TOP_LEISTUNGEN_INTERIM } from './top-leistungen';

const FREQUENT_URL = '/api/v1/public/haeufig-gesucht';
/** Below this many, desk usage is too thin to say what is frequent. */
const MIN_FREQUENT = 3;

/** Start page of the public service guide: one search box, Lebenslagen, frequent Leistungen, Standorte. */
@Component({
  selector: 'app-public-search-page',
  imports: [SearchPage, RouterLink, LeistungLinks, OpeningStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-search-page.html',
  styleUrl: './public-search-page.scss',
})
export class PublicSearchPage {
  private readonly catalog = inject(CatalogApi);
  private readonly directory = inject(PublicDirectory);
  private readonly meta = inject(PageMetaService);
  private readonly route = inject(ActivatedRoute);
  private readonly http = inject(HttpClient);

  protected readonly links = PUBLIC_LINKS;

  /** Top-level Lebenslagen only; the list is an entry point, not a full tree. */
  protected readonly lebenslagen = toSignal(
    this.catalog.lebenslagen().pipe(
      map((all) => all.filter((lebenslage) => lebenslage.parentSlug === null)),
      // Browsing is optional; the search works without it.
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  protected readonly standorte = toSignal(
    this.catalog.standorte().pipe(catchError(() => of<StandortPublic[]>([]))),
    { initialValue: [] },
  );

  /**
   * "Häufig gesucht": what the service center is asked about most (desk usage,
   * aggregated); on an instance without usage yet, the interim list.
   */
  protected readonly topLeistungen = toSignal(
    this.http.get<LeistungLinkItem[]>(FREQUENT_URL).pipe(
      catchError(() => of<LeistungLinkItem[]>([])),
      switchMap((frequent) =>
        frequent.length >= MIN_FREQUENT ? of(frequent) : this.interimTop(),
      ),
    ),
    { initialValue: [] },
  );

  private readonly query = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get('q') ?? '')),
    { initialValue: '' },
  );

  protected readonly lebenslageLink = lebenslageLink;

  private interimTop(): Observable<LeistungLinkItem[]> {
    return this.directory.all().pipe(
      map((hits) => {
        const bySlug = new Map(hits.map((hit) => [hit.slug, hit]));
        return TOP_LEISTUNGEN_INTERIM.flatMap((slug) => {
          const hit = bySlug.get(slug);
          return hit ? [hit] : [];
        });
      }),
      catchError(() => of([])),
    );
  }
  protected readonly hasQuery = computed(() => this.query().trim() !== '');

  constructor() {
    effect(() => {
      const query = this.query().trim();
      this.meta.set(
        query
          ? {
              title: `Suche nach „${query}“`,
              description: `Leistungen des Landratsamts zu „${query}“: was Sie brauchen, was es kostet, wer zuständig ist.`,
              path: `/?q=${encodeURIComponent(query)}`,
            }
          : {
              title: 'Bürgerinfo',
              description:
                'Leistungen des Landratsamts Lindenau finden: welche Unterlagen Sie brauchen, was es kostet, wer zuständig ist und wann geöffnet ist.',
              path: '/',
              structuredData: {
                '@context': 'https://schema.org',
                '@type': 'WebSite',
                name: SITE_NAME,
                url: this.meta.absolute('/'),
                inLanguage: 'de-DE',
                potentialAction: {
                  '@type': 'SearchAction',
                  target: `${this.meta.absolute('/')}?q={search_term_string}`,
                  'query-input': 'required name=search_term_string',
                },
              },
            },
      );
    });
  }
}
