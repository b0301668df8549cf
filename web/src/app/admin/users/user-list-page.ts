import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { UserSummary } from '@auskunft/contracts';
import { catchError, of } from 'rxjs';
import { CatalogAdminApi } from '../../core/api/catalog-admin-api';
import { type LoadState, toLoadState } from '../../core/api/load-state';
import { UserApi } from '../../core/api/user-api';
import { ROLE_LABELS } from '../../core/auth/role-labels';
import { FocusOnRender } from '../../shared/focus-on-render';
import { UserFormDialog, type UserFormData } from './user-form-dialog';

function byName(a: UserSummary, b: UserSummary): number {
  return a.displayName.localeCompare(b.displayName, 'de');
}

/** Staff accounts: who may sign in, with which role and for which Sachgebiete. */
@Component({
  selector: 'app-user-list-page',
  imports: [MatButtonModule, FocusOnRender],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-list-page.html',
  styleUrls: ['../admin-table.scss', './user-list-page.scss'],
})
export class UserListPage {
  private readonly api = inject(UserApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly roleLabels = ROLE_LABELS;

  protected readonly state = toSignal(toLoadState(this.api.list()), {
    initialValue: { status: 'loading' } as LoadState<UserSummary[]>,
  });
  protected readonly problem = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.problem : null;
  });
  protected readonly users = linkedSignal(() => {
    const state = this.state();
    return state.status === 'loaded' ? [...state.value].sort(byName) : [];
  });

  /** Only for names and the multi-select; the list works without it. */
  private readonly sachgebiete = toSignal(
    inject(CatalogAdminApi)
      .sachgebiete()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly sachgebietNames = computed(
    () =>
      new Map(
        this.sachgebiete().map((sachgebiet) => [
          sachgebiet.code,
          sachgebiet.name,
        ]),
      ),
  );

  protected create(): void {
    this.openForm(null);
  }

  protected edit(user: UserSummary): void {
    this.openForm(user);
  }

  private openForm(user: UserSummary | null): void {
    this.dialog
      .open<UserFormDialog, UserFormData, UserSummary>(UserFormDialog, {
        data: { user, sachgebiete: this.sachgebiete() },
        width: '40rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) {
          return;
        }
        this.users.update((users) =>
          [...users.filter((known) => known.id !== saved.id), saved].sort(
            byName,
          ),
        );
        this.snackBar.open(
          user
            ? `Änderungen an „${saved.displayName}“ gespeichert.`
            : `Benutzer „${saved.displayName}“ angelegt.`,
          'OK',
          { duration: 6000 },
        );
      });
  }
}
