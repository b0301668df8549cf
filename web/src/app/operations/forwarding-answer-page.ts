import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { ForwardingByToken } from '@auskunft/contracts';
import { switchMap } from 'rxjs';
import { toApiProblem } from '../core/api/api-problem';
import { type LoadState, toLoadState } from '../core/api/load-state';

const STATUS_LABELS: Record<ForwardingByToken['status'], string> = {
  open: 'offen',
  overdue: 'überfällig',
  answered: 'beantwortet',
};

function germanDate(day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-');
  return `${date}.${month}.${year}`;
}

/**
 * The link in the Sachgebiet's mail: confirm that the concern was answered.
 * A button (POST), not the GET of the link itself, so mail scanners that open
 * links cannot close a forwarding by accident.
 */
@Component({
  selector: 'app-forwarding-answer-page',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <h1>Weiterleitung aus dem Bürgerservice</h1>
      @switch (state().status) {
        @case ('loading') {
          <p role="status">Wird geladen …</p>
        }
        @case ('error') {
          <p role="alert">
            Diesen Link gibt es nicht (mehr). Bitte prüfen Sie, ob Sie ihn
            vollständig aus der E-Mail übernommen haben.
          </p>
        }
        @case ('loaded') {
          @if (current(); as forwarding) {
            <dl class="facts">
              <dt>Sachgebiet</dt>
              <dd>{{ forwarding.sachgebietName }}</dd>
              <dt>Antwort bis</dt>
              <dd>{{ date(forwarding.deadline) }}</dd>
              <dt>Stand</dt>
              <dd>{{ statusLabel(forwarding) }}</dd>
            </dl>
            @if (forwarding.status !== 'answered') {
              <button
                mat-flat-button
                type="button"
                [attr.aria-disabled]="busy() || null"
                (click)="confirm()"
              >
                Als beantwortet bestätigen
              </button>
            }
          }
        }
      }
      <p class="message" role="status">{{ message() }}</p>
    </main>
  `,
  styles: `
    .page {
      max-width: 40rem;
      margin: 2rem auto;
      padding: 0 1rem;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  `,
})
export class ForwardingAnswerPage {
  /** Route parameter. */
  readonly token = input.required<string>();

  private readonly http = inject(HttpClient);

  protected readonly state = toSignal(
    toObservable(this.token).pipe(
      switchMap((token) =>
        toLoadState(
          this.http.get<ForwardingByToken>(
            `/api/v1/public/forwardings/${encodeURIComponent(token)}`,
          ),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<ForwardingByToken> },
  );
  private readonly answered = signal<ForwardingByToken | null>(null);
  protected readonly current = computed(() => {
    const state = this.state();
    return this.answered() ?? (state.status === 'loaded' ? state.value : null);
  });
  protected readonly busy = signal(false);
  protected readonly message = signal('');

  protected date(day: string): string {
    return germanDate(day);
  }

  protected statusLabel(forwarding: ForwardingByToken): string {
    const label = STATUS_LABELS[forwarding.status];
    return forwarding.answeredAt
      ? `${label} am ${germanDate(forwarding.answeredAt)}`
      : label;
  }

  protected confirm(): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.http
      .post<ForwardingByToken>(
        `/api/v1/public/forwardings/${encodeURIComponent(this.token())}/answered`,
        {},
      )
      .subscribe({
        next: (answered) => {
          this.busy.set(false);
          this.answered.set(answered);
          this.message.set(
            'Danke! Die Weiterleitung ist als beantwortet vermerkt.',
          );
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.message.set(
            `Das hat nicht geklappt. ${toApiProblem(error).message}`,
          );
        },
      });
  }
}
