import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  FEEDBACK_KINDS,
  FEEDBACK_KIND_LABELS,
  type Feedback,
  type FeedbackKind,
} from '@auskunft/contracts';
import { toApiProblem } from '../../core/api/api-problem';
import { FeedbackApi } from '../../core/api/feedback-api';
import { focusFirstInvalid } from '../forms/form-errors';

export interface FeedbackDialogData {
  leistungId: string;
  leistungTitle: string;
}

export const MAX_FEEDBACK_LENGTH = 4000;

/** An agent reports a problem with a Leistung in one step; closes with the created report. */
@Component({
  selector: 'app-feedback-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-dialog.html',
  styleUrl: './feedback-dialog.scss',
})
export class FeedbackDialog {
  protected readonly data = inject<FeedbackDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<FeedbackDialog, Feedback>>(MatDialogRef);
  private readonly api = inject(FeedbackApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly kinds = FEEDBACK_KINDS;
  protected readonly kindLabels = FEEDBACK_KIND_LABELS;
  protected readonly maxLength = MAX_FEEDBACK_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: new FormControl<FeedbackKind | null>(null, Validators.required),
    comment: [
      '',
      [Validators.required, Validators.maxLength(MAX_FEEDBACK_LENGTH)],
    ],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal('');

  protected submit(): void {
    if (this.busy()) {
      return;
    }
    this.problem.set('');
    const { kind, comment } = this.form.getRawValue();
    if (this.form.invalid || !kind || !comment.trim()) {
      if (!comment.trim()) {
        this.form.controls.comment.setErrors({ required: true });
      }
      this.form.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), {
        injector: this.injector,
      });
      return;
    }
    this.busy.set(true);
    this.api
      .create(this.data.leistungId, { kind, comment: comment.trim() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (created) => this.dialogRef.close(created),
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(
            `Die Rückmeldung wurde nicht gesendet. ${toApiProblem(error).message}`,
          );
          afterNextRender(
            () =>
              this.host.nativeElement
                .querySelector<HTMLElement>('.problem')
                ?.focus(),
            { injector: this.injector },
          );
        },
      });
  }
}
