import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { CatalogApi } from '../core/api/catalog-api';
import { SearchPage } from '../shared/search/search-page';

/** Start page of the public service guide: search, or browse by Lebenslage. */
@Component({
  selector: 'app-public-search-page',
  imports: [SearchPage, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="page-title">Bürgerinfo</h1>
    <p class="lead">
      Finden Sie heraus, was Sie für Ihr Anliegen brauchen, was es kostet und
      wer im Landratsamt für Sie zuständig ist.
    </p>
    <app-search-page
      audience="public"
      label="Wonach suchen Sie?"
      hint="z. B. Personalausweis, Wohngeld, Umzug"
    >
      @if (lebenslagen().length) {
        <section class="browse" aria-labelledby="lebenslagen-heading">
          <h2 id="lebenslagen-heading" class="browse-heading">
            Leistungen nach Lebenslagen
          </h2>
          <ul class="lebenslagen">
            @for (lebenslage of lebenslagen(); track lebenslage.slug) {
              <li>
                <a
                  [routerLink]="[]"
                  [queryParams]="{ lebenslage: lebenslage.slug }"
                  >{{ lebenslage.name }}</a
                >
                @if (lebenslage.description) {
                  <span class="description">{{ lebenslage.description }}</span>
                }
              </li>
            }
          </ul>
        </section>
      }
    </app-search-page>
  `,
  styles: `
    .page-title {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-medium);
    }
    .lead {
      margin: 0 0 1.5rem;
      max-width: 48rem;
    }
    .browse {
      margin-top: 2rem;
    }
    .browse-heading {
      margin: 0 0 0.75rem;
      font: var(--mat-sys-title-large);
    }
    .lebenslagen {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
    .lebenslagen li {
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .lebenslagen a {
      font: var(--mat-sys-title-medium);
    }
    .description {
      display: block;
      margin-top: 0.25rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PublicSearchPage {
  private readonly catalog = inject(CatalogApi);

  /** Top-level Lebenslagen only; the list is an entry point, not a full tree. */
  protected readonly lebenslagen = toSignal(
    this.catalog.lebenslagen().pipe(
      map((all) => all.filter((lebenslage) => lebenslage.parentSlug === null)),
      // Browsing is optional; the search works without it.
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
}
