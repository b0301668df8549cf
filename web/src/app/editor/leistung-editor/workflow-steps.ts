import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { WorkflowApi } from '../../core/api/workflow-api';
import { LeistungEditorStore, type Outcome } from './leistung-editor-store';

/**
 * The review steps of the working copy and the actions on the live Leistung,
 * each run through the store (one at a time, failures as messages). Provided per editor page.
 */
@Injectable()
export class WorkflowSteps {
  private readonly store = inject(LeistungEditorStore);
  private readonly workflow = inject(WorkflowApi);

  /** Saves pending changes first: the reviewer must see what the editor sees. */
  async submit(): Promise<Outcome> {
    if (this.store.form.dirty) {
      const saved = await this.store.save();
      if (saved !== 'done') {
        return saved;
      }
    }
    return this.store.run('submit', async () => {
      const summary = await firstValueFrom(
        this.workflow.submit(this.store.requireId()),
      );
      this.store.updateWorkingCopy(summary);
      this.store.notice.set(
        'Zur Prüfung eingereicht. Eine zweite Person muss die Änderungen freigeben.',
      );
    });
  }

  /** Makes the working copy live; the page then shows the released content. */
  async release(): Promise<Outcome> {
    return this.store.run('release', async () => {
      await firstValueFrom(this.workflow.release(this.store.requireId()));
      await this.store.refresh();
      this.store.notice.set(
        'Freigegeben: Die Änderungen sind jetzt veröffentlicht.',
      );
    });
  }

  async reject(comment: string): Promise<Outcome> {
    return this.store.run('reject', async () => {
      const summary = await firstValueFrom(
        this.workflow.reject(this.store.requireId(), comment),
      );
      this.store.updateWorkingCopy(summary);
      this.store.notice.set(
        'Zurückgewiesen. Die Arbeitsversion ist wieder ein Entwurf.',
      );
    });
  }

  async discard(): Promise<Outcome> {
    return this.store.run('discard', async () => {
      await firstValueFrom(this.workflow.discard(this.store.requireId()));
      await this.store.refresh();
      this.store.notice.set('Die Arbeitsversion wurde verworfen.');
    });
  }

  /** "Noch aktuell": the content stays, the next review date moves on. */
  async confirm(): Promise<Outcome> {
    return this.store.run('confirm', async () => {
      this.store.replaceLive(
        await firstValueFrom(this.workflow.confirm(this.store.requireId())),
      );
      this.store.notice.set(
        'Als noch aktuell bestätigt. Die nächste Wiedervorlage ist vorgemerkt.',
      );
    });
  }

  async archive(): Promise<Outcome> {
    return this.store.run('archive', async () => {
      this.store.replaceLive(
        await firstValueFrom(this.workflow.archive(this.store.requireId())),
      );
      this.store.notice.set(
        'Archiviert: Die Leistung erscheint nicht mehr in der Suche.',
      );
    });
  }
}
