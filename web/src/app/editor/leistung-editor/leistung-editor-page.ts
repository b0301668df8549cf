import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { confirmAction } from '../../shared/dialogs/confirm-dialog';
import { focusFirstInvalid } from '../../shared/forms/form-errors';
import { editorDashboardLink, editorLeistungLink } from '../../paths';
import { LeistungFormFields } from '../form/leistung-form-fields';
import type { HasUnsavedChanges } from '../unsaved-changes.guard';
import { ConflictNotice } from './conflict-notice';
import {
  type EditorAction,
  LeistungEditorStore,
  type Outcome,
} from './leistung-editor-store';
import {
  lebenslageOptions,
  sachgebietOptions,
  standortOptions,
} from './picker-options';
import { PreviewTabs } from './preview-tabs';
import { CONFIRMATIONS, RejectDialog } from './workflow-dialogs';
import { WorkflowPanel } from './workflow-panel';
import { WorkflowSteps } from './workflow-steps';

/** Carried to the editor page of a Leistung that was just created. */
interface CreatedInfo {
  created: true;
}

function isCreatedInfo(info: unknown): info is CreatedInfo {
  return typeof info === 'object' && info !== null && 'created' in info;
}

/**
 * Create or edit a Leistung: the full form beside live previews, its status
 * and workflow actions, conflict handling and field-level errors. Route
 * `editor/leistungen/neu` has no `id`; `editor/leistungen/:id` has one.
 */
@Component({
  selector: 'app-leistung-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    LeistungFormFields,
    WorkflowPanel,
    ConflictNotice,
    PreviewTabs,
  ],
  providers: [LeistungEditorStore, WorkflowSteps],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(window:beforeunload)': 'warnBeforeUnload($event)',
    '(keydown.control.s)': 'saveShortcut($event)',
    '(keydown.meta.s)': 'saveShortcut($event)',
  },
  templateUrl: './leistung-editor-page.html',
  styleUrl: './leistung-editor-page.scss',
})
export class LeistungEditorPage implements HasUnsavedChanges {
  /** From the route; absent for a new Leistung. */
  readonly id = input<string>();

  protected readonly store = inject(LeistungEditorStore);
  private readonly steps = inject(WorkflowSteps);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly dashboardLink = editorDashboardLink();
  protected readonly form = this.store.form;
  protected readonly can = this.store.permissions;

  protected readonly heading = computed(() => {
    if (this.store.isNew()) {
      return 'Neue Leistung';
    }
    const title = this.store.leistung()?.title;
    return title ? `Leistung bearbeiten: ${title}` : 'Leistung bearbeiten';
  });

  protected readonly sachgebietOptions = computed(() =>
    sachgebietOptions(
      this.store.catalog(),
      this.auth.user(),
      this.store.value().sachgebiet,
    ),
  );
  protected readonly lebenslageOptions = computed(() =>
    lebenslageOptions(this.store.catalog()),
  );
  protected readonly standortOptions = computed(() =>
    standortOptions(this.store.catalog()),
  );
  protected readonly isAdmin = computed(
    () => this.auth.user()?.role === 'admin',
  );

  constructor() {
    effect(() => {
      const id = this.id() ?? null;
      untracked(() => void this.load(id));
    });
    effect(() => {
      const leistung = this.store.leistung();
      this.title.setTitle(
        leistung
          ? `${leistung.title} bearbeiten – Redaktion`
          : 'Neue Leistung – Redaktion',
      );
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    }
  }

  protected saveShortcut(event: Event): void {
    event.preventDefault();
    if (this.can.mayEdit()) {
      void this.act('save');
    }
  }

  protected async act(action: Exclude<EditorAction, 'reload'>): Promise<void> {
    const confirmation = CONFIRMATIONS[action];
    if (
      confirmation &&
      !(await firstValueFrom(confirmAction(this.dialog, confirmation)))
    ) {
      return;
    }
    if ((action === 'release' || action === 'reject') && this.form.dirty) {
      this.store.problem.set(
        'Bitte speichern oder verwerfen Sie zuerst Ihre Änderungen im Formular.',
      );
      this.focusLater('.problem');
      return;
    }
    const wasNew = this.store.isNew();
    const outcome = await this.run(action);
    if (outcome === null) {
      return;
    }
    const id = this.store.id();
    if (wasNew && outcome === 'done' && id) {
      await this.router.navigate(editorLeistungLink(id), {
        replaceUrl: true,
        info: { created: true } satisfies CreatedInfo,
      });
      return;
    }
    this.focusAfter(outcome, action === 'save' ? null : '.notice');
  }

  protected async resolveConflict(keepMine: boolean): Promise<void> {
    const outcome = keepMine
      ? await this.store.reloadKeepingChanges()
      : await this.store.reloadDiscardingChanges();
    this.focusAfter(outcome, '.notice');
  }

  /** The link at the end of the form: back up to Speichern and the other actions. */
  protected toActions(event: Event): void {
    event.preventDefault();
    this.host.nativeElement
      .querySelector<HTMLElement>('.actions button')
      ?.focus();
  }

  protected submitForm(event: Event): void {
    event.preventDefault();
    void this.act('save');
  }

  private async run(
    action: Exclude<EditorAction, 'reload'>,
  ): Promise<Outcome | null> {
    switch (action) {
      case 'save':
        return this.store.save();
      case 'submit':
        return this.steps.submit();
      case 'release':
        return this.steps.release();
      case 'reject': {
        const comment = await firstValueFrom(
          this.dialog
            .open<RejectDialog, void, string>(RejectDialog, { width: '32rem' })
            .afterClosed(),
        );
        return comment ? this.steps.reject(comment) : null;
      }
      case 'discard':
        return this.steps.discard();
      case 'confirm':
        return this.steps.confirm();
      case 'archive':
        return this.steps.archive();
    }
  }

  private async load(id: string | null): Promise<void> {
    await this.store.load(id);
    const created = isCreatedInfo(
      this.router.lastSuccessfulNavigation()?.extras.info,
    );
    if (created) {
      this.store.notice.set('Die Leistung wurde als Entwurf angelegt.');
    }
    this.focusLater(created ? '.notice' : 'h1');
  }

  /** Where focus goes after an action: the first wrong field, the problem, or the result. */
  private focusAfter(outcome: Outcome, onDone: string | null): void {
    switch (outcome) {
      case 'invalid':
        afterNextRender(
          () => {
            const root = this.host.nativeElement;
            const before = document.activeElement;
            focusFirstInvalid(root);
            // No field took the error (e.g. a list as a whole): the message does.
            if (document.activeElement === before) {
              root.querySelector<HTMLElement>('.problem')?.focus();
            }
          },
          { injector: this.injector },
        );
        return;
      case 'failed':
        this.focusLater('.problem');
        return;
      case 'conflict':
        // The conflict notice takes focus itself when it appears.
        return;
      case 'done':
        if (onDone) {
          this.focusLater(onDone);
        }
        return;
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
