import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LeistungStaff, Revision } from '@auskunft/contracts';
import { editorHistoryLink, leistungLink } from '../../paths';
import {
  LEISTUNG_STATUS_LABELS,
  revisionStatusLabel,
  statusSymbol,
} from '../status-labels';
import type { EditorPermissions } from './editor-permissions';
import type { EditorAction } from './leistung-editor-store';

type PanelAction = Exclude<EditorAction, 'reload'>;

/**
 * Where the Leistung stands (live status, working copy, review comment) and
 * the actions the user may take now. Buttons stay focusable while busy
 * (aria-disabled), so keyboard focus is never dropped.
 */
@Component({
  selector: 'app-workflow-panel',
  imports: [DatePipe, MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workflow-panel.html',
  styleUrl: './workflow-panel.scss',
})
export class WorkflowPanel {
  readonly leistung = input.required<LeistungStaff | null>();
  readonly workingCopy = input.required<Revision | null>();
  readonly permissions = input.required<EditorPermissions>();
  readonly dirty = input(false);
  readonly busy = input<EditorAction | null>(null);
  readonly action = output<PanelAction>();

  protected readonly liveStatus = computed(() => {
    const leistung = this.leistung();
    return leistung
      ? {
          symbol: statusSymbol(leistung.status),
          label: LEISTUNG_STATUS_LABELS[leistung.status],
        }
      : { symbol: statusSymbol('draft'), label: 'Neu, noch nicht gespeichert' };
  });

  protected readonly copyStatus = computed(() => {
    const copy = this.workingCopy();
    if (!copy) {
      return null;
    }
    const rejected = copy.status === 'draft' && copy.rejected;
    return {
      symbol: statusSymbol(rejected ? 'rejected' : copy.status),
      label: revisionStatusLabel(copy),
      rejected,
    };
  });

  protected readonly historyLink = computed(() => {
    const leistung = this.leistung();
    return leistung ? editorHistoryLink(leistung.id) : null;
  });
  protected readonly deskLink = computed(() => {
    const leistung = this.leistung();
    return leistung?.status === 'published'
      ? leistungLink('staff', leistung)
      : null;
  });

  protected emit(action: PanelAction): void {
    if (!this.busy()) {
      this.action.emit(action);
    }
  }
}
