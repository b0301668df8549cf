import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Feedback } from '@auskunft/contracts';
import { of, switchMap } from 'rxjs';
import { FeedbackApi } from '../../core/api/feedback-api';
import { type LoadState, toLoadState } from '../../core/api/load-state';
import { AuthService } from '../../core/auth/auth.service';
import { FeedbackDialog, type FeedbackDialogData } from './feedback-dialog';
import { FeedbackItem } from './feedback-item';

function newestFirst(a: Feedback, b: Feedback): number {
  return b.createdAt.localeCompare(a.createdAt);
}

/**
 * Below a Leistung for staff: report a problem, and see one's own earlier
 * reports on this Leistung with the editors' answers.
 */
@Component({
  selector: 'app-feedback-panel',
  imports: [MatButtonModule, FeedbackItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-panel.html',
  styleUrl: './feedback-panel.scss',
})
export class FeedbackPanel {
  readonly leistungId = input.required<string>();
  readonly leistungTitle = input.required<string>();

  private readonly auth = inject(AuthService);
  private readonly api = inject(FeedbackApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly mayReport = computed(() =>
    this.auth.can('feedback:create'),
  );

  private readonly request = computed(() => ({
    leistungId: this.leistungId(),
    mayReport: this.mayReport(),
  }));
  private readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ leistungId, mayReport }) =>
        mayReport
          ? toLoadState(this.api.list({ leistungId, mine: true }))
          : of<LoadState<Feedback[]>>({ status: 'loaded', value: [] }),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<Feedback[]> },
  );
  protected readonly loading = computed(
    () => this.state().status === 'loading',
  );
  protected readonly failed = computed(() => this.state().status === 'error');
  protected readonly reports = linkedSignal(() => {
    const state = this.state();
    return state.status === 'loaded' ? [...state.value].sort(newestFirst) : [];
  });

  protected report(): void {
    this.dialog
      .open<FeedbackDialog, FeedbackDialogData, Feedback>(FeedbackDialog, {
        data: {
          leistungId: this.leistungId(),
          leistungTitle: this.leistungTitle(),
        },
        width: '36rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((created) => {
        if (!created) {
          return;
        }
        this.reports.update((reports) => [created, ...reports]);
        this.snackBar.open(
          'Danke! Ihre Rückmeldung ist bei der Redaktion eingegangen.',
          'OK',
          { duration: 6000 },
        );
      });
  }
}
