import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { SearchHit } from '@auskunft/contracts';
import { catchError, map, of } from 'rxjs';
import { PUBLIC_PATHS } from '../paths';
import { LeistungLinks } from './leistung-links';
import { PublicDirectory, indexLetter } from './public-directory';
import { PageMetaService } from './seo/page-meta';

interface LetterGroup {
  letter: string;
  id: string;
  hits: SearchHit[];
}

type DirectoryState = { hits: SearchHit[] } | { failed: true } | null;

/** All Leistungen alphabetically, with a letter index that works without JavaScript. */
@Component({
  selector: 'app-a-z-page',
  imports: [LeistungLinks],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="page-title">Leistungen von A bis Z</h1>
    @if (groups(); as letters) {
      <nav class="letters" aria-label="Buchstaben">
        <ul>
          @for (group of letters; track group.letter) {
            <li>
              <a [href]="pagePath + '#' + group.id"
                ><span class="visually-hidden">Buchstabe </span
                >{{ group.letter }}</a
              >
            </li>
          }
        </ul>
      </nav>
      @for (group of letters; track group.letter) {
        <section class="letter" [attr.aria-labelledby]="group.id">
          <h2 [id]="group.id" tabindex="-1">{{ group.letter }}</h2>
          <app-leistung-links [hits]="group.hits" />
        </section>
      }
    } @else if (failed()) {
      <p role="alert">
        Die Liste kann gerade nicht geladen werden. Bitte versuchen Sie es
        später erneut oder nutzen Sie die Suche.
      </p>
    } @else {
      <p role="status">Leistungen werden geladen …</p>
    }
  `,
  styles: `
    .page-title {
      margin: 0 0 1rem;
      font: var(--mat-sys-headline-medium);
    }
    .letters ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0 0 1.5rem;
      padding: 0;
    }
    .letters a {
      display: inline-block;
      min-width: 2.75rem;
      min-height: 2.75rem;
      line-height: 2.75rem;
      text-align: center;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      font-weight: 500;
    }
    .letter h2 {
      margin: 1.5rem 0 0.5rem;
      font: var(--mat-sys-title-large);
    }
  `,
})
export class AToZPage {
  private readonly directory = inject(PublicDirectory);

  /** Letter links carry the page path: "#x" alone would resolve against <base href="/">. */
  protected readonly pagePath = `/${PUBLIC_PATHS.aToZ}`;

  private readonly state = toSignal<DirectoryState>(
    this.directory.all().pipe(
      map((hits) => ({ hits })),
      catchError(() => of({ failed: true as const })),
    ),
    { initialValue: null },
  );

  protected readonly failed = computed(() => {
    const state = this.state();
    return !!state && 'failed' in state;
  });

  protected readonly groups = computed<LetterGroup[] | null>(() => {
    const state = this.state();
    if (!state || 'failed' in state) {
      return null;
    }
    const groups = new Map<string, SearchHit[]>();
    for (const hit of state.hits) {
      const letter = indexLetter(hit.title);
      groups.set(letter, [...(groups.get(letter) ?? []), hit]);
    }
    return [...groups].map(([letter, hits]) => ({
      letter,
      id: `buchstabe-${letter === '0–9' ? 'ziffern' : letter === '#' ? 'andere' : letter.toLowerCase()}`,
      hits,
    }));
  });

  constructor() {
    inject(PageMetaService).set({
      title: 'Leistungen von A bis Z',
      description:
        'Alle Leistungen des Landratsamts Lindenau alphabetisch: Unterlagen, Gebühren, Zuständigkeit und Öffnungszeiten.',
      path: this.pagePath,
    });
  }
}
