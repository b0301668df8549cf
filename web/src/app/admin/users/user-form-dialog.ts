import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
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
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import {
  ROLES,
  type Role,
  type SachgebietStaff,
  type UserSummary,
} from '@auskunft/contracts';
import { toFormProblem } from '../../core/api/form-problem';
import {
  MIN_PASSWORD_LENGTH,
  UserApi,
  type UserUpdate,
} from '../../core/api/user-api';
import { ROLE_LABELS } from '../../core/auth/role-labels';
import {
  applyServerErrors,
  focusFirstInvalid,
} from '../../shared/forms/form-errors';

export interface UserFormData {
  /** null: create a new account. */
  user: UserSummary | null;
  sachgebiete: readonly SachgebietStaff[];
}

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  agent: 'sucht Leistungen und meldet Rückmeldungen',
  teamlead: 'wie Auskunftsplatz, dazu das Controlling des Service-Centers',
  editor: 'pflegt die Leistungen ihrer Sachgebiete',
  admin: 'alles, auch Benutzer, Katalog und Protokoll',
};

/** The server's username rule. */
const USERNAME_PATTERN = /^[a-zA-Z0-9._-]{2,100}$/;

/** Editors work only in their Sachgebiete, so they need at least one. */
function sachgebieteForEditors(
  control: AbstractControl<string[]>,
): ValidationErrors | null {
  const role = control.parent?.get('role')?.value as Role | undefined;
  return role === 'editor' && control.value.length === 0
    ? { required: true }
    : null;
}

/** Creates an account or changes one; closes with the saved user. */
@Component({
  selector: 'app-user-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form-dialog.html',
  styleUrl: './user-form-dialog.scss',
})
export class UserFormDialog {
  protected readonly data = inject<UserFormData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<UserFormDialog, UserSummary>>(MatDialogRef);
  private readonly api = inject(UserApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly existing = this.data.user;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleDescriptions = ROLE_DESCRIPTIONS;
  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: [
      this.existing?.username ?? '',
      this.existing
        ? []
        : [Validators.required, Validators.pattern(USERNAME_PATTERN)],
    ],
    displayName: [
      this.existing?.displayName ?? '',
      [Validators.required, Validators.maxLength(200)],
    ],
    role: [this.existing?.role ?? ('agent' as Role), Validators.required],
    // An array value needs an explicit control: [value, validator] would read as an array value.
    sachgebiete: new FormControl<string[]>(this.existing?.sachgebiete ?? [], {
      nonNullable: true,
      validators: sachgebieteForEditors,
    }),
    active: [this.existing?.active ?? true],
    password: [
      '',
      [
        ...(this.existing ? [] : [Validators.required]),
        Validators.minLength(MIN_PASSWORD_LENGTH),
        Validators.maxLength(200),
      ],
    ],
  });

  private readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly forEditor = computed(() => this.role() === 'editor');

  protected readonly busy = signal(false);
  protected readonly problem = signal('');

  constructor() {
    this.form.controls.role.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.sachgebiete.updateValueAndValidity());
  }

  protected submit(): void {
    if (this.busy()) {
      return;
    }
    this.problem.set('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidLater();
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    const sachgebiete = value.role === 'editor' ? value.sachgebiete : [];
    const request = this.existing
      ? this.api.update(this.existing.id, this.changes(sachgebiete))
      : this.api.create({
          username: value.username.trim(),
          displayName: value.displayName.trim(),
          password: value.password,
          role: value.role,
          sachgebiete,
        });
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.busy.set(false);
        this.showProblem(error);
      },
    });
  }

  private changes(sachgebiete: string[]): UserUpdate {
    const { displayName, role, active, password } = this.form.getRawValue();
    const changes: UserUpdate = {
      displayName: displayName.trim(),
      role,
      sachgebiete,
      active,
    };
    return password ? { ...changes, password } : changes;
  }

  private showProblem(error: unknown): void {
    const problem = toFormProblem(error);
    switch (problem.kind) {
      case 'conflict':
        if (this.existing) {
          this.showMessage(
            'Das Konto wurde inzwischen geändert. Bitte schließen Sie den Dialog und laden Sie die Liste neu.',
          );
        } else {
          this.form.controls.username.setErrors({ taken: true });
          this.form.controls.username.markAsTouched();
          this.focusFirstInvalidLater();
        }
        return;
      case 'fields': {
        const unplaced = applyServerErrors(this.form, problem.fields);
        if (unplaced.length) {
          this.showMessage(unplaced.join(' '));
        } else {
          this.focusFirstInvalidLater();
        }
        return;
      }
      case 'message':
        this.showMessage(problem.message);
        return;
    }
  }

  private showMessage(message: string): void {
    this.problem.set(message);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('[role="alert"]')
          ?.focus(),
      { injector: this.injector },
    );
  }

  private focusFirstInvalidLater(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), {
      injector: this.injector,
    });
  }
}
