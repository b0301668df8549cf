import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import {
  type LoginReason,
  loginReasonOf,
  safeReturnUrl,
} from '../core/auth/login-redirect';
import { ROLE_LABELS } from '../core/auth/role-labels';
import { STAFF_HOME_URL, searchLink } from '../paths';
import {
  type LoginField,
  type LoginProblem,
  toLoginProblem,
} from './login-problem';

const REASON_NOTICES: Record<LoginReason, string> = {
  'session-expired':
    'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'signed-out': 'Sie haben sich abgemeldet.',
  forbidden:
    'Mit Ihrem Konto haben Sie keinen Zugriff auf die angeforderte Seite. Melden Sie sich bei Bedarf mit einem anderen Konto an.',
};

/** Mirrors the API's limits, so overlong input is caught before a round trip. */
const MAX_LENGTH: Record<LoginField, number> = {
  username: 100,
  password: 200,
};

/**
 * Staff sign-in. After success it opens `returnUrl` (only paths inside the app,
 * see `safeReturnUrl`) or the Auskunftsplatz. Field problems are shown at the
 * field and focus moves there; everything else is one sentence in an alert
 * region above the form, which receives focus.
 */
@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatProgressSpinnerModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  /** From the query string (component input binding). */
  readonly returnUrl = input<string>();

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  protected readonly maxLength = MAX_LENGTH;
  protected readonly publicLink = searchLink('public');
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: [
      '',
      [Validators.required, Validators.maxLength(MAX_LENGTH.username)],
    ],
    password: [
      '',
      [Validators.required, Validators.maxLength(MAX_LENGTH.password)],
    ],
  });

  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  /** Why the person is here (from the navigation that brought them), or who is signed in already. */
  protected readonly notice = computed(() => {
    const reason = loginReasonOf(
      this.router.lastSuccessfulNavigation()?.extras.info,
    );
    if (reason) {
      return REASON_NOTICES[reason];
    }
    const user = this.auth.user();
    return user
      ? `Sie sind als ${user.displayName} (${ROLE_LABELS[user.role]}) angemeldet.`
      : '';
  });

  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly usernameField =
    viewChild.required<ElementRef<HTMLInputElement>>('usernameField');
  private readonly passwordField =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordField');
  private readonly problemBox =
    viewChild.required<ElementRef<HTMLElement>>('problemBox');

  constructor() {
    // Signing in is the only thing to do here; keyboard users start typing at once.
    afterNextRender(() => this.usernameField().nativeElement.focus());
  }

  protected submit(): void {
    if (this.busy()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    this.busy.set(true);
    this.auth
      .login(this.form.getRawValue())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.proceed(),
        error: (error: unknown) => {
          this.busy.set(false);
          this.show(toLoginProblem(error));
        },
      });
  }

  private proceed(): void {
    const target = safeReturnUrl(this.returnUrl()) ?? STAFF_HOME_URL;
    // Replace the sign-in page in the history, so Back does not lead to it again.
    void this.router
      .navigateByUrl(target, { replaceUrl: true })
      .finally(() => this.busy.set(false));
  }

  private show(problem: LoginProblem): void {
    switch (problem.kind) {
      case 'fields':
        for (const field of problem.fields) {
          this.form.controls[field].setErrors({ server: true });
          this.form.controls[field].markAsTouched();
        }
        this.focusFirstInvalidField();
        return;
      case 'message':
        // A fresh start for the password; the username usually was right.
        this.formDirective().resetForm({
          username: this.form.controls.username.value,
          password: '',
        });
        this.problem.set(problem.message);
        afterNextRender(
          () => {
            this.problemBox().nativeElement.focus();
            // Leaving the emptied field counts as "touched"; it should not cry "missing" yet.
            this.form.controls.password.markAsUntouched();
          },
          { injector: this.injector },
        );
        return;
    }
  }

  private focusFirstInvalidField(): void {
    const field = this.form.controls.username.invalid
      ? this.usernameField()
      : this.passwordField();
    field.nativeElement.focus();
  }
}
