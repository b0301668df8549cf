import { ChangeDetectionStrategy, Component } from '@angular/core';
import { SearchPage } from '../shared/search/search-page';

/** The agents' search during phone calls: focused on load, results while typing. */
@Component({
  selector: 'app-desk-search-page',
  imports: [SearchPage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="page-title">Auskunftsplatz</h1>
    <app-search-page
      audience="staff"
      label="Leistung suchen"
      hint="↓ springt in die Treffer, Enter öffnet, Esc führt zurück ins Suchfeld."
    >
      <section class="tips" aria-labelledby="tips-heading">
        <h2 id="tips-heading" class="tips-heading">Tastatur</h2>
        <ul>
          <li>Tippen sucht sofort, auch in internen Hinweisen.</li>
          <li>
            Pfeiltasten ↑ und ↓ wechseln zwischen den Treffern, Enter öffnet
            einen Treffer.
          </li>
          <li>
            Esc führt aus der Trefferliste und aus einer Leistung zurück zur
            Suche.
          </li>
        </ul>
      </section>
    </app-search-page>
  `,
  styles: `
    .page-title {
      margin: 0 0 1rem;
      font: var(--mat-sys-headline-medium);
    }
    .tips {
      margin-top: 2rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .tips-heading {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class DeskSearchPage {}
