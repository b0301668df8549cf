import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { type Observable, map, of, switchMap } from 'rxjs';
import { LeistungApi } from '../../core/api/leistung-api';
import { type LoadState, toLoadState } from '../../core/api/load-state';
import { LastSearch } from '../../core/last-search';
import { type Audience, leistungLink, searchLink } from '../../paths';
import { PageMetaService } from '../../public/seo/page-meta';
import { injectNotFoundStatus } from '../../public/ssr/server-request';
import { FeedbackPanel } from '../feedback/feedback-panel';
import { LeistungDetail, type LeistungView } from './leistung-detail';
import { leistungStructuredData } from './leistung-structured-data';

interface LeistungKey {
  audience: Audience;
  key: string | undefined;
}

/**
 * Route component for both detail routes: citizens come by slug, agents by id
 * (route data says which). Route params and data arrive as inputs.
 */
@Component({
  selector: 'app-leistung-page',
  imports: [LeistungDetail, FeedbackPanel, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown.escape)': 'backOnEscape()' },
  templateUrl: './leistung-page.html',
  styleUrl: './leistung-page.scss',
})
export class LeistungPage {
  readonly audience = input.required<Audience>();
  readonly slug = input<string>();
  readonly id = input<string>();

  private readonly api = inject(LeistungApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly lastSearch = inject(LastSearch);
  private readonly meta = inject(PageMetaService);
  private readonly notFound = injectNotFoundStatus();

  private readonly key = computed<LeistungKey>(() => ({
    audience: this.audience(),
    key: this.audience() === 'public' ? this.slug() : this.id(),
  }));

  protected readonly state = toSignal(
    toObservable(this.key).pipe(switchMap((key) => this.load(key))),
    {
      initialValue: { status: 'loading' } as LoadState<LeistungView>,
    },
  );

  protected readonly view = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : null;
  });
  protected readonly problem = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.problem : null;
  });

  protected readonly backLink = computed(() => searchLink(this.audience()));
  protected readonly backParams = computed(() =>
    this.lastSearch.paramsFor(this.audience()),
  );

  /** Agents may hand citizens the public page of what they are looking at. */
  protected readonly publicLink = computed(() => {
    const view = this.view();
    return view?.audience === 'staff'
      ? leistungLink('public', view.leistung)
      : null;
  });

  constructor() {
    effect(() => {
      const view = this.view();
      const problem = this.problem();
      if (view?.audience === 'public') {
        const path = `/leistungen/${encodeURIComponent(view.leistung.slug)}`;
        this.meta.set({
          title: view.leistung.title,
          description: view.leistung.shortText,
          path,
          structuredData: leistungStructuredData(
            view.leistung,
            this.meta.absolute(path),
          ),
        });
      } else if (view) {
        this.title.setTitle(`${view.leistung.title} – Auskunft`);
      } else if (problem) {
        if (problem.kind === 'not-found') {
          this.notFound();
        }
        this.title.setTitle('Leistung nicht verfügbar – Auskunft');
      }
    });
  }

  /** Esc takes agents back to their results, mirroring Enter that brought them here. */
  protected backOnEscape(): void {
    if (this.audience() === 'staff') {
      void this.router.navigate(this.backLink(), {
        queryParams: this.backParams(),
      });
    }
  }

  private load({
    audience,
    key,
  }: LeistungKey): Observable<LoadState<LeistungView>> {
    if (!key) {
      return of({
        status: 'error',
        problem: {
          kind: 'not-found',
          message: 'Diese Leistung wurde nicht gefunden.',
        },
      });
    }
    const request: Observable<LeistungView> =
      audience === 'public'
        ? this.api
            .getPublic(key)
            .pipe(map((leistung) => ({ audience, leistung })))
        : this.api
            .getStaff(key)
            .pipe(map((leistung) => ({ audience, leistung })));
    return toLoadState(request);
  }
}
