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
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
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
import { MatSelectModule } from '@angular/material/select';
import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_CHANNELS,
  type ContactChannel,
  type Forwarding,
  type SachgebietStaff,
} from '@auskunft/contracts';
import { catchError, of } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { StaffCatalogApi } from '../../core/api/staff-catalog-api';
import { focusFirstInvalid } from '../../shared/forms/form-errors';
import { OperationsApi } from './operations-api';

export interface ForwardingDialogData {
  leistungId?: string;
  leistungTitle?: string;
  sachgebietCode?: string | null;
  /** Prefill of the concern, e.g. the search that found nothing. */
  topic?: string;
}

/** Phone number or e-mail address, as the API accepts them. */
export const CALLBACK_PATTERN =
  /^(\+?[0-9 ()/-]{5,40}|[^\s@]+@[^\s@]+\.[^\s@]+)$/;

/** "Weiterleiten": the concern goes to the Sachgebiet by mail; closes with the forwarding. */
@Component({
  selector: 'app-forwarding-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forwarding-dialog.html',
  styles: `
    .content {
      display: grid;
      gap: 0.5rem;
    }
    .intro,
    .group-label {
      margin: 0;
    }
    .problem:empty {
      display: none;
    }
    .problem {
      color: var(--mat-sys-error);
    }
    .channels {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
  `,
})
export class ForwardingDialog {
  protected readonly data = inject<ForwardingDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ForwardingDialog, Forwarding>>(MatDialogRef);
  private readonly api = inject(OperationsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly channels = CONTACT_CHANNELS;
  protected readonly channelLabels = CONTACT_CHANNEL_LABELS;
  protected readonly sachgebiete = toSignal(
    inject(StaffCatalogApi)
      .sachgebiete()
      .pipe(catchError(() => of<SachgebietStaff[]>([]))),
    { initialValue: [] as SachgebietStaff[] },
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    sachgebietCode: [this.data.sachgebietCode ?? '', Validators.required],
    concern: [
      this.data.topic?.trim() ?? '',
      [Validators.required, Validators.maxLength(4000)],
    ],
    callbackName: ['', [Validators.required, Validators.maxLength(200)]],
    callbackContact: [
      '',
      [Validators.required, Validators.pattern(CALLBACK_PATTERN)],
    ],
    channel: ['phone' as ContactChannel],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal('');

  protected submit(): void {
    if (this.busy()) {
      return;
    }
    this.problem.set('');
    const value = this.form.getRawValue();
    if (this.form.invalid || !value.concern.trim()) {
      if (!value.concern.trim()) {
        this.form.controls.concern.setErrors({ required: true });
      }
      this.form.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), {
        injector: this.injector,
      });
      return;
    }
    this.busy.set(true);
    this.api
      .forward({
        sachgebietCode: value.sachgebietCode,
        leistungId: this.data.leistungId,
        concern: value.concern.trim(),
        callbackName: value.callbackName.trim(),
        callbackContact: value.callbackContact.trim(),
        channel: value.channel,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (created) => this.dialogRef.close(created),
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(
            `Nicht weitergeleitet. ${toApiProblem(error).message}`,
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
