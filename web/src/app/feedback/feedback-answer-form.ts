import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Feedback } from '@auskunft/contracts';
import { FeedbackApi } from '../core/api/feedback-api';
import { toFormProblem } from '../core/api/form-problem';
import { MAX_FEEDBACK_LENGTH } from '../shared/feedback/feedback-dialog';
import { germanServerMessage } from '../shared/forms/server-messages';

/** An editor answers (and thereby closes) one report. */
@Component({
  selector: 'app-feedback-answer-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="form"
      novalidate
      [formGroup]="form"
      [attr.aria-busy]="busy()"
      (ngSubmit)="submit()"
    >
      <p class="problem" role="alert" tabindex="-1">{{ problem() }}</p>
      <mat-form-field appearance="outline">
        <mat-label
          >Antwort<span class="visually-hidden">
            an {{ feedback().createdByName }}</span
          ></mat-label
        >
        <textarea
          matInput
          rows="3"
          formControlName="answer"
          [maxlength]="maxLength"
        ></textarea>
        <mat-hint>Die Antwort beendet die Rückmeldung.</mat-hint>
        <mat-error>
          @if (form.controls.answer.hasError('maxlength')) {
            Höchstens {{ maxLength }} Zeichen.
          } @else {
            Bitte schreiben Sie eine Antwort.
          }
        </mat-error>
      </mat-form-field>
      <button
        mat-flat-button
        type="submit"
        [attr.aria-disabled]="busy() || null"
      >
        {{ busy() ? 'Wird gesendet …' : 'Antwort senden' }}
      </button>
    </form>
  `,
  styles: `
    .form {
      display: grid;
      justify-items: start;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
    mat-form-field {
      width: 100%;
    }
    .problem {
      margin: 0;
    }
    .problem:not(:empty) {
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-medium);
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class FeedbackAnswerForm {
  readonly feedback = input.required<Feedback>();
  readonly answered = output<Feedback>();

  private readonly api = inject(FeedbackApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly maxLength = MAX_FEEDBACK_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    answer: [
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
    const answer = this.form.controls.answer.value.trim();
    if (this.form.invalid || !answer) {
      this.form.controls.answer.setErrors({ required: true });
      this.form.markAllAsTouched();
      this.focus('textarea');
      return;
    }
    this.busy.set(true);
    this.api
      .answer(this.feedback().id, answer)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => this.answered.emit(updated),
        error: (error: unknown) => {
          this.busy.set(false);
          const problem = toFormProblem(error);
          this.problem.set(
            problem.kind === 'conflict'
              ? 'Diese Rückmeldung wurde inzwischen beantwortet. Bitte laden Sie die Seite neu.'
              : problem.kind === 'fields'
                ? `Bitte prüfen Sie die Antwort. ${Object.values(problem.fields).flat().map(germanServerMessage).join(' ')}`
                : problem.message,
          );
          this.focus('.problem');
        },
      });
  }

  private focus(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
