import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { SachgebietPublic, SearchHit } from '@auskunft/contracts';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import { CatalogApi } from '../core/api/catalog-api';
import { PUBLIC_LINKS, PUBLIC_PATHS, sachgebietLink } from '../paths';
import { OpeningStatusBadge } from '../shared/opening-status/opening-status-badge';
import { mailHref, telHref } from '../shared/leistung/contact-links';
import { LeistungLinks } from './leistung-links';
import { PublicDirectory } from './public-directory';
import { PageMetaService } from './seo/page-meta';
import { injectNotFoundStatus } from './ssr/server-request';

const collator = new Intl.Collator('de-DE', { numeric: true });

/** All Sachgebiete (departments' units), by code. */
@Component({
  selector: 'app-sachgebiete-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="page-title">Leistungen nach Sachgebieten</h1>
    @if (sachgebiete(); as list) {
      <ul class="sachgebiete">
        @for (sachgebiet of list; track sachgebiet.code) {
          <li>
            <a [routerLink]="link(sachgebiet.code)">{{ sachgebiet.name }}</a>
            <span class="meta">
              {{ sachgebiet.department }} · Sachgebiet {{ sachgebiet.code }}
            </span>
          </li>
        }
      </ul>
    } @else {
      <p role="status">Sachgebiete werden geladen …</p>
    }
  `,
  styles: `
    .page-title {
      margin: 0 0 1rem;
      font: var(--mat-sys-headline-medium);
    }
    .sachgebiete {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li a {
      font: var(--mat-sys-title-medium);
    }
    .meta {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SachgebietePage {
  protected readonly sachgebiete = toSignal(
    inject(CatalogApi)
      .sachgebiete()
      .pipe(
        map((all) => [...all].sort((a, b) => collator.compare(a.code, b.code))),
        catchError(() => of([])),
      ),
  );

  protected readonly link = sachgebietLink;

  constructor() {
    inject(PageMetaService).set({
      title: 'Leistungen nach Sachgebieten',
      description:
        'Die Sachgebiete des Landratsamts Lindenau mit Kontakt, Sprechzeiten und ihren Leistungen.',
      path: `/${PUBLIC_PATHS.sachgebiete}`,
    });
  }
}

type SachgebietState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'not-found' }
  | { status: 'loaded'; sachgebiet: SachgebietPublic; hits: SearchHit[] };

/** One Sachgebiet: contact, opening status and its Leistungen. */
@Component({
  selector: 'app-sachgebiet-page',
  imports: [RouterLink, LeistungLinks, OpeningStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="up">
      <a [routerLink]="links.sachgebiete">Alle Sachgebiete</a>
    </p>
    @let current = state();
    @switch (current.status) {
      @case ('loaded') {
        @let unit = current.sachgebiet;
        <h1 class="page-title">{{ unit.name }}</h1>
        <p class="lead">{{ unit.department }} · Sachgebiet {{ unit.code }}</p>
        <section aria-labelledby="kontakt">
          <h2 id="kontakt">Kontakt</h2>
          <p>
            @if (unit.phone) {
              Telefon: <a [href]="tel(unit.phone)">{{ unit.phone }}</a
              ><br />
            }
            @if (unit.email) {
              E-Mail: <a [href]="mail(unit.email)">{{ unit.email }}</a
              ><br />
            }
            @if (unit.room) {
              Raum: {{ unit.room }}
              @if (unit.standort) {
                ({{ unit.standort.name }})
              }
            }
          </p>
          <app-opening-status
            [schedule]="unit"
            [showToday]="true"
            label="Sprechzeiten"
          />
        </section>
        <section aria-labelledby="leistungen">
          <h2 id="leistungen">Leistungen</h2>
          @if (current.hits.length) {
            <app-leistung-links [hits]="current.hits" />
          } @else {
            <p>Zu diesem Sachgebiet sind noch keine Leistungen beschrieben.</p>
          }
        </section>
      }
      @case ('not-found') {
        <h1 class="page-title">Sachgebiet nicht gefunden</h1>
        <p>Dieses Sachgebiet gibt es nicht.</p>
      }
      @case ('failed') {
        <h1 class="page-title">Sachgebiet nicht verfügbar</h1>
        <p role="alert">
          Die Seite kann gerade nicht geladen werden. Bitte versuchen Sie es
          später erneut.
        </p>
      }
      @default {
        <p role="status">Sachgebiet wird geladen …</p>
      }
    }
  `,
  styles: `
    .page-title {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-medium);
    }
    h2 {
      margin: 1.5rem 0 0.5rem;
      font: var(--mat-sys-title-large);
    }
    .up {
      margin: 0 0 0.5rem;
    }
  `,
})
export class SachgebietPage {
  readonly code = input.required<string>();

  private readonly catalog = inject(CatalogApi);
  private readonly directory = inject(PublicDirectory);
  private readonly meta = inject(PageMetaService);
  private readonly notFound = injectNotFoundStatus();

  protected readonly links = PUBLIC_LINKS;
  protected readonly tel = telHref;
  protected readonly mail = mailHref;

  protected readonly state = toSignal(
    toObservable(this.code).pipe(
      switchMap((code) =>
        combineLatest([
          this.catalog.sachgebiete(),
          this.directory.list({ sachgebiet: code }),
        ]).pipe(
          map(([all, hits]): SachgebietState => {
            const sachgebiet = all.find((entry) => entry.code === code);
            return sachgebiet
              ? { status: 'loaded', sachgebiet, hits }
              : { status: 'not-found' };
          }),
          catchError(() => of<SachgebietState>({ status: 'failed' })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as SachgebietState },
  );

  constructor() {
    effect(() => {
      const state = this.state();
      const path = `/${PUBLIC_PATHS.sachgebiete}/${encodeURIComponent(this.code())}`;
      if (state.status === 'loaded') {
        const unit = state.sachgebiet;
        this.meta.set({
          title: unit.name,
          description: `${unit.name} (${unit.department}): Kontakt, Sprechzeiten und Leistungen.`,
          path,
          structuredData: {
            '@context': 'https://schema.org',
            '@type': 'GovernmentOffice',
            name: unit.name,
            telephone: unit.phone || undefined,
            email: unit.email || undefined,
            url: this.meta.absolute(path),
          },
        });
      } else if (state.status === 'not-found') {
        this.notFound();
        this.meta.set({
          title: 'Sachgebiet nicht gefunden',
          description: 'Dieses Sachgebiet gibt es nicht.',
          path,
        });
      }
    });
  }
}
