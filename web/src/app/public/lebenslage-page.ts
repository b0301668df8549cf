import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { LebenslagePublic, SearchHit } from '@auskunft/contracts';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import { CatalogApi } from '../core/api/catalog-api';
import { lebenslageLink } from '../paths';
import { LeistungLinks } from './leistung-links';
import { PublicDirectory } from './public-directory';
import { PageMetaService } from './seo/page-meta';
import { injectNotFoundStatus } from './ssr/server-request';

type LebenslageState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'not-found' }
  | {
      status: 'loaded';
      lebenslage: LebenslagePublic;
      parent: LebenslagePublic | null;
      children: LebenslagePublic[];
      hits: SearchHit[];
    };

/** One Lebenslage ("Auto & Verkehr"): its sub-topics and all its Leistungen. */
@Component({
  selector: 'app-lebenslage-page',
  imports: [RouterLink, LeistungLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @switch (current.status) {
      @case ('loaded') {
        @if (current.parent; as parent) {
          <p class="up">
            <a [routerLink]="link(parent.slug)">{{ parent.name }}</a>
          </p>
        }
        <h1 class="page-title">{{ current.lebenslage.name }}</h1>
        @if (current.lebenslage.description) {
          <p class="lead">{{ current.lebenslage.description }}</p>
        }
        @if (current.children.length) {
          <section aria-labelledby="themen">
            <h2 id="themen">Themen</h2>
            <ul class="children">
              @for (child of current.children; track child.slug) {
                <li>
                  <a [routerLink]="link(child.slug)">{{ child.name }}</a>
                </li>
              }
            </ul>
          </section>
        }
        <section aria-labelledby="leistungen">
          <h2 id="leistungen">Leistungen</h2>
          @if (current.hits.length) {
            <app-leistung-links [hits]="current.hits" />
          } @else {
            <p>Zu dieser Lebenslage sind noch keine Leistungen beschrieben.</p>
          }
        </section>
      }
      @case ('not-found') {
        <h1 class="page-title">Lebenslage nicht gefunden</h1>
        <p>
          Diese Lebenslage gibt es nicht. <a routerLink="/">Zur Bürgerinfo</a>
        </p>
      }
      @case ('failed') {
        <h1 class="page-title">Lebenslage nicht verfügbar</h1>
        <p role="alert">
          Die Seite kann gerade nicht geladen werden. Bitte versuchen Sie es
          später erneut.
        </p>
      }
      @default {
        <p role="status">Lebenslage wird geladen …</p>
      }
    }
  `,
  styles: `
    .page-title {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-medium);
    }
    .lead {
      max-width: 48rem;
    }
    h2 {
      margin: 1.5rem 0 0.5rem;
      font: var(--mat-sys-title-large);
    }
    .up {
      margin: 0 0 0.5rem;
    }
    .children {
      margin: 0;
      padding-left: 1.25rem;
      line-height: 1.8;
    }
  `,
})
export class LebenslagePage {
  readonly slug = input.required<string>();

  private readonly catalog = inject(CatalogApi);
  private readonly directory = inject(PublicDirectory);
  private readonly meta = inject(PageMetaService);
  private readonly notFound = injectNotFoundStatus();

  protected readonly state = toSignal(
    toObservable(this.slug).pipe(
      switchMap((slug) =>
        combineLatest([
          this.catalog.lebenslagen(),
          this.directory.list({ lebenslage: slug }),
        ]).pipe(
          map(([all, hits]): LebenslageState => {
            const lebenslage = all.find((entry) => entry.slug === slug);
            if (!lebenslage) {
              return { status: 'not-found' };
            }
            return {
              status: 'loaded',
              lebenslage,
              parent:
                all.find((entry) => entry.slug === lebenslage.parentSlug) ??
                null,
              children: all.filter((entry) => entry.parentSlug === slug),
              hits,
            };
          }),
          catchError(() => of<LebenslageState>({ status: 'failed' })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LebenslageState },
  );

  protected readonly link = lebenslageLink;

  private readonly loaded = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state : null;
  });

  constructor() {
    effect(() => {
      const state = this.state();
      const loaded = this.loaded();
      if (loaded) {
        this.meta.set({
          title: loaded.lebenslage.name,
          description:
            loaded.lebenslage.description ||
            `Leistungen des Landratsamts zur Lebenslage ${loaded.lebenslage.name}.`,
          path: `/lebenslagen/${encodeURIComponent(loaded.lebenslage.slug)}`,
          structuredData: {
            '@context': 'https://schema.org',
            '@type': 'ItemList',
            name: loaded.lebenslage.name,
            itemListElement: loaded.hits.map((hit, index) => ({
              '@type': 'ListItem',
              position: index + 1,
              name: hit.title,
              url: this.meta.absolute(`/leistungen/${hit.slug}`),
            })),
          },
        });
      } else if (state.status === 'not-found') {
        this.notFound();
        this.meta.set({
          title: 'Lebenslage nicht gefunden',
          description: 'Diese Lebenslage gibt es nicht.',
          path: `/lebenslagen/${encodeURIComponent(this.slug())}`,
        });
      }
    });
  }
}
