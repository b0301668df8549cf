import { Injectable, computed, inject, signal } from '@angular/core';
import { Validators } from '@angular/forms';
import type {
  LeistungStaff,
  Revision,
  RevisionSummary,
  VersionConflict,
} from '@auskunft/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { LeistungApi } from '../../core/api/leistung-api';
import { StaffCatalogApi } from '../../core/api/staff-catalog-api';
import { WorkflowApi } from '../../core/api/workflow-api';
import {
  validationFieldsOf,
  versionConflictOf,
  workflowProblemMessage,
} from '../../core/api/workflow-problem';
import { AuthService } from '../../core/auth/auth.service';
import { changedFields, fillKeepingChanges } from '../form/keep-changes';
import {
  type LeistungFormValue,
  createLeistungForm,
} from '../form/leistung-form';
import {
  contentForWrite,
  contentOfFormValue,
  contentOfLeistung,
  emptyContent,
  formValueOf,
  setFormValue,
} from '../form/leistung-form-mapping';
import {
  type ServerFieldError,
  applyServerErrors,
} from '../form/server-errors';
import { EMPTY_CATALOG, type EditorCatalog } from './leistung-preview';
import { editorPermissions } from './editor-permissions';

export type EditorAction =
  | 'save'
  | 'submit'
  | 'release'
  | 'reject'
  | 'discard'
  | 'confirm'
  | 'archive'
  | 'reload';

const NOT_SAVED =
  'Die Leistung wurde nicht gespeichert. Bitte korrigieren Sie die markierten Angaben.';

/** How an action ended, so the page can move focus to the right place. */
export type Outcome = 'done' | 'invalid' | 'conflict' | 'failed';

/**
 * State and server traffic of the Leistung editor: the typed form, the live
 * Leistung, its working copy (with the version for optimistic locking), saving
 * and conflict resolution. The review steps are in `WorkflowSteps`, which runs
 * them through `run()`. Provided per editor page.
 */
@Injectable()
export class LeistungEditorStore {
  private readonly workflow = inject(WorkflowApi);
  private readonly leistungApi = inject(LeistungApi);
  private readonly catalogApi = inject(StaffCatalogApi);
  private readonly auth = inject(AuthService);

  readonly form = createLeistungForm();
  readonly id = signal<string | null>(null);
  readonly leistung = signal<LeistungStaff | null>(null);
  readonly workingCopy = signal<Revision | null>(null);
  readonly catalog = signal<EditorCatalog>(EMPTY_CATALOG);
  readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  readonly loadProblem = signal('');
  readonly busy = signal<EditorAction | null>(null);
  readonly conflict = signal<VersionConflict | null>(null);
  readonly problem = signal('');
  readonly fieldErrors = signal<ServerFieldError[]>([]);
  readonly notice = signal('');
  readonly dirty = signal(false);
  readonly value = signal<LeistungFormValue>(this.form.getRawValue());

  readonly permissions = editorPermissions(this.auth, this);
  readonly isNew = computed(() => this.id() === null);

  constructor() {
    this.form.events.subscribe(() => {
      this.dirty.set(this.form.dirty);
      this.value.set(this.form.getRawValue());
    });
    if (this.auth.user()?.role !== 'admin') {
      // Only admins may keep a Leistung without Sachgebiet (the API answers 403 otherwise).
      this.form.controls.sachgebiet.addValidators(Validators.required);
    }
  }

  async load(id: string | null): Promise<void> {
    this.id.set(id);
    this.state.set('loading');
    try {
      const [catalog, leistung, workingCopy] = await firstValueFrom(
        forkJoin([
          forkJoin({
            sachgebiete: this.catalogApi.sachgebiete(),
            standorte: this.catalogApi.standorte(),
            lebenslagen: this.catalogApi.lebenslagen(),
          }),
          id ? this.leistungApi.getStaff(id) : [null],
          id ? this.workflow.workingCopy(id) : [null],
        ]),
      );
      this.catalog.set(catalog);
      this.show(leistung, workingCopy);
      if (!id) {
        const own = this.auth.user()?.sachgebiete ?? [];
        setFormValue(this.form, {
          ...formValueOf(emptyContent()),
          sachgebiet: own.length === 1 ? own[0] : null,
        });
      }
      if (!this.permissions.mayEdit()) {
        this.form.disable({ emitEvent: false });
      }
      this.state.set('ready');
    } catch (error: unknown) {
      this.loadProblem.set(
        toApiProblem(error).kind === 'not-found'
          ? 'Diese Leistung gibt es nicht oder nicht mehr.'
          : toApiProblem(error).message,
      );
      this.state.set('error');
    }
  }

  /** Creates the Leistung or saves its working copy. Resolves with the new id after creating. */
  async save(): Promise<Outcome> {
    this.clearMessages();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set(NOT_SAVED);
      return 'invalid';
    }
    const sent = this.form.getRawValue();
    const content = contentForWrite(contentOfFormValue(sent));
    return this.run('save', async () => {
      const id = this.id();
      if (!id) {
        const created = await firstValueFrom(
          this.workflow.create(content, sent.changeNote),
        );
        const workingCopy = await firstValueFrom(
          this.workflow.workingCopy(created.id),
        );
        this.id.set(created.id);
        this.leistung.set(created);
        this.workingCopy.set(workingCopy);
        this.markSaved(sent);
        this.notice.set('Die Leistung wurde als Entwurf angelegt.');
        return;
      }
      const revision = await firstValueFrom(
        this.workflow.save(id, {
          content,
          changeNote: sent.changeNote.trim(),
          version: this.workingCopy()?.version,
        }),
      );
      this.setWorkingCopy(revision);
      this.markSaved(sent);
      this.notice.set(
        `Entwurf gespeichert (Arbeitsversion ${revision.number}).`,
      );
    });
  }

  /**
   * After a conflict: loads the server's working copy and its version, then puts
   * back every field the user had changed. Fields the user did not touch show
   * the other person's text. Nothing typed is lost; the user reviews and saves again.
   */
  async reloadKeepingChanges(): Promise<Outcome> {
    const mine = this.form.getRawValue();
    const changed = changedFields(this.form);
    const by = this.conflict()?.changedBy;
    return this.run('reload', async () => {
      fillKeepingChanges(this.form, await this.refresh(), mine, changed);
      this.notice.set(
        `Die aktuelle Fassung${by ? ` von ${by}` : ''} wurde geladen, Ihre Änderungen sind eingesetzt. Bitte prüfen und erneut speichern.`,
      );
    });
  }

  /** After a conflict: the server's working copy replaces the user's changes. */
  async reloadDiscardingChanges(): Promise<Outcome> {
    return this.run('reload', async () => {
      await this.refresh();
      this.notice.set(
        'Die aktuelle Fassung wurde geladen. Ihre Änderungen wurden verworfen.',
      );
    });
  }

  /** Loads the live Leistung and the working copy and shows them; returns the form value shown. */
  async refresh(): Promise<LeistungFormValue> {
    const id = this.requireId();
    const [leistung, workingCopy] = await firstValueFrom(
      forkJoin([this.leistungApi.getStaff(id), this.workflow.workingCopy(id)]),
    );
    return this.show(leistung, workingCopy);
  }

  private show(
    leistung: LeistungStaff | null,
    workingCopy: Revision | null,
  ): LeistungFormValue {
    this.leistung.set(leistung);
    this.workingCopy.set(workingCopy);
    this.conflict.set(null);
    const content =
      workingCopy?.content ??
      (leistung ? contentOfLeistung(leistung) : emptyContent());
    const value = formValueOf(content, workingCopy?.changeNote ?? '');
    setFormValue(this.form, value);
    return value;
  }

  /** One request at a time: clears old messages, marks the action busy, turns failures into messages. */
  async run(action: EditorAction, work: () => Promise<void>): Promise<Outcome> {
    if (this.busy()) {
      return 'failed';
    }
    this.clearMessages();
    this.busy.set(action);
    try {
      await work();
      return 'done';
    } catch (error: unknown) {
      return this.fail(error);
    } finally {
      this.busy.set(null);
    }
  }

  private fail(error: unknown): Outcome {
    const conflict = versionConflictOf(error);
    if (conflict) {
      this.conflict.set(conflict);
      return 'conflict';
    }
    const fields = validationFieldsOf(error);
    if (fields) {
      this.fieldErrors.set(applyServerErrors(this.form, fields));
      this.problem.set(NOT_SAVED);
      return 'invalid';
    }
    const message = workflowProblemMessage(error);
    if (this.busy() === 'save' && /Adresse/.test(message)) {
      // A taken address comes as a 409 without version; it belongs to the slug field.
      this.fieldErrors.set(applyServerErrors(this.form, { slug: [message] }));
    }
    this.problem.set(message);
    return 'failed';
  }

  private clearMessages(): void {
    this.problem.set('');
    this.notice.set('');
    this.fieldErrors.set([]);
  }

  /** Pristine again, unless the user kept typing while the request was under way. */
  private markSaved(sent: LeistungFormValue): void {
    if (JSON.stringify(sent) === JSON.stringify(this.form.getRawValue())) {
      this.form.markAsPristine();
    }
  }

  /** Confirm and archive answer without the working copy; the one we know is still open. */
  replaceLive(live: LeistungStaff): void {
    this.leistung.set({
      ...live,
      workingCopy: this.leistung()?.workingCopy ?? null,
    });
  }

  private setWorkingCopy(revision: Revision): void {
    this.workingCopy.set(revision);
    this.leistung.update((live) =>
      live ? { ...live, workingCopy: revision } : live,
    );
  }

  updateWorkingCopy(summary: RevisionSummary): void {
    const current = this.workingCopy();
    if (current) {
      this.setWorkingCopy({ ...current, ...summary });
    }
  }

  requireId(): string {
    const id = this.id();
    if (!id) {
      throw new Error('The Leistung has not been saved yet.');
    }
    return id;
  }
}
