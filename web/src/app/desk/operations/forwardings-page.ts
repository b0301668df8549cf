import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { Forwarding, ForwardingStatus } from '@auskunft/contracts';
import { switchMap } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { type LoadState, toLoadState } from '../../core/api/load-state';
import { AuthService } from '../../core/auth/auth.service';
import { OperationsApi } from './operations-api';

const STATUS_LABELS: Record<ForwardingStatus, string> = {
  open: 'offen',
  overdue: 'überfällig',
  answered: 'beantwortet',
};

function germanDate(day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-');
  return `${date}.${month}.${year}`;
}

/** Staff list of Weiterleitungen: overdue first and highlighted; the Sachgebiet marks them answered. */
@Component({
  selector: 'app-forwardings-page',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Weiterleitungen</h1>
    <p class="status" role="status">{{ message() }}</p>
    @switch (state().status) {
      @case ('loading') {
        <p>Wird geladen …</p>
      }
      @case ('error') {
        <p role="alert">Die Weiterleitungen konnten nicht geladen werden.</p>
      }
      @case ('loaded') {
        <table>
          <caption class="visually-hidden">
            Weiterleitungen, überfällige zuerst
          </caption>
          <thead>
            <tr>
              <th scope="col">Stand</th>
              <th scope="col">Antwort bis</th>
              <th scope="col">Sachgebiet</th>
              <th scope="col">Anliegen</th>
              <th scope="col">Rückruf</th>
              <th scope="col"><span class="visually-hidden">Aktion</span></th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.id) {
              <tr [class.overdue]="row.status === 'overdue'">
                <td>{{ statusLabel(row.status) }}</td>
                <td>{{ date(row.deadline) }}</td>
                <td>{{ row.sachgebietCode }} {{ row.sachgebietName }}</td>
                <td>{{ row.concern }}</td>
                <td>{{ row.callbackName }} {{ row.callbackContact }}</td>
                <td>
                  @if (row.status !== 'answered' && mayAnswer(row)) {
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="markAnswered(row)"
                    >
                      Beantwortet<span class="visually-hidden">
                        : {{ row.concern }}</span
                      >
                    </button>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6">Keine Weiterleitungen.</td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 1rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.375rem 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .overdue {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font-weight: 600;
    }
  `,
})
export class ForwardingsPage {
  private readonly api = inject(OperationsApi);
  private readonly auth = inject(AuthService);
  private readonly reload = signal(0);
  protected readonly message = signal('');

  protected readonly state = toSignal(
    toObservable(this.reload).pipe(
      switchMap(() => toLoadState(this.api.forwardings())),
    ),
    { initialValue: { status: 'loading' } as LoadState<Forwarding[]> },
  );

  /** Overdue first, then open by deadline, answered last. */
  protected readonly rows = computed(() => {
    const state = this.state();
    if (state.status !== 'loaded') {
      return [];
    }
    const order: Record<ForwardingStatus, number> = {
      overdue: 0,
      open: 1,
      answered: 2,
    };
    return [...state.value].sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        a.deadline.localeCompare(b.deadline),
    );
  });

  protected date(day: string): string {
    return germanDate(day);
  }

  protected statusLabel(status: ForwardingStatus): string {
    return STATUS_LABELS[status];
  }

  protected mayAnswer(row: Forwarding): boolean {
    return this.auth.canOnSachgebiet('forwarding:answer', row.sachgebietCode);
  }

  protected markAnswered(row: Forwarding): void {
    this.api.markAnswered(row.id).subscribe({
      next: () => {
        this.message.set('Als beantwortet vermerkt.');
        this.reload.update((n) => n + 1);
      },
      error: (error: unknown) =>
        this.message.set(`Nicht vermerkt. ${toApiProblem(error).message}`),
    });
  }
}
