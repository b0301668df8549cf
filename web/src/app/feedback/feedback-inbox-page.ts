import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  type MatButtonToggleChange,
  MatButtonToggleModule,
} from '@angular/material/button-toggle';
import {
  type MatCheckboxChange,
  MatCheckboxModule,
} from '@angular/material/checkbox';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Feedback, FeedbackStatus } from '@auskunft/contracts';
import { switchMap } from 'rxjs';
import { FeedbackApi } from '../core/api/feedback-api';
import { type LoadState, toLoadState } from '../core/api/load-state';
import { AuthService } from '../core/auth/auth.service';
import { leistungLink } from '../paths';
import { FeedbackItem } from '../shared/feedback/feedback-item';
import { FocusOnRender } from '../shared/focus-on-render';
import { FeedbackAnswerForm } from './feedback-answer-form';

export type InboxStatus = FeedbackStatus | 'all';
const INBOX_STATUSES: readonly InboxStatus[] = ['open', 'answered', 'all'];

/**
 * Feedback in one place. Editors and admins see the reports of their scope
 * (the server decides) and answer where they are responsible; agents see
 * their own reports and the answers. Filters live in the URL.
 */
@Component({
  selector: 'app-feedback-inbox-page',
  imports: [
    MatButtonToggleModule,
    MatCheckboxModule,
    RouterLink,
    FeedbackItem,
    FeedbackAnswerForm,
    FocusOnRender,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-inbox-page.html',
  styleUrl: './feedback-inbox-page.scss',
})
export class FeedbackInboxPage {
  /** Query parameters, bound by the router. */
  readonly status = input<string>();
  readonly mine = input<string>();

  private readonly api = inject(FeedbackApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Editors and admins work through an inbox; agents follow their own reports. */
  protected readonly answers = computed(() => this.auth.can('feedback:answer'));

  protected readonly currentStatus = computed<InboxStatus>(() => {
    const status = INBOX_STATUSES.find((known) => known === this.status());
    return status ?? (this.answers() ? 'open' : 'all');
  });
  protected readonly onlyMine = computed(
    () => !this.answers() || this.mine() === 'true',
  );

  private readonly query = computed(() => ({
    status: this.currentStatus(),
    mine: this.onlyMine(),
  }));
  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      switchMap(({ status, mine }) =>
        toLoadState(
          this.api.list({
            status: status === 'all' ? undefined : status,
            mine,
          }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<Feedback[]> },
  );
  protected readonly items = linkedSignal(() => {
    const state = this.state();
    return state.status === 'loaded'
      ? [...state.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      : [];
  });
  protected readonly problem = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.problem : null;
  });

  protected mayAnswer(feedback: Feedback): boolean {
    return (
      feedback.status === 'open' &&
      this.auth.canOnSachgebiet('feedback:answer', feedback.sachgebietCode)
    );
  }

  protected leistungLink(feedback: Feedback): string[] {
    return leistungLink('staff', { id: feedback.leistungId, slug: '' });
  }

  protected statusChanged(change: MatButtonToggleChange): void {
    this.navigate({ status: change.value as InboxStatus });
  }

  protected mineChanged(change: MatCheckboxChange): void {
    this.navigate({ mine: change.checked ? 'true' : null });
  }

  /** The form is gone once answered; focus moves to the answer that replaced it. */
  protected answered(updated: Feedback): void {
    this.items.update((items) =>
      items.map((item) => (item.id === updated.id ? updated : item)),
    );
    this.snackBar.open('Antwort gesendet.', 'OK', { duration: 6000 });
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`#rueckmeldung-${updated.id} .answer`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  private navigate(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
    });
  }
}
