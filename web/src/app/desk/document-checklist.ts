import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { RequiredDocument } from '@auskunft/contracts';

let nextId = 0;

/**
 * Erforderliche Unterlagen as a checklist: the agent ticks what the caller
 * already has; the copied answer then lists only what is still missing.
 */
@Component({
  selector: 'app-document-checklist',
  imports: [MatCheckboxModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="progress" [id]="progressId">
      {{ tickedCount() }} von {{ documents().length }} vorhanden
    </p>
    <ul class="checklist" [attr.aria-describedby]="progressId">
      @for (document of documents(); track $index; let index = $index) {
        <li class="document" [class.done]="ticked().has(index)">
          <mat-checkbox
            [checked]="ticked().has(index)"
            (change)="toggle(index, $event.checked)"
          >
            <span class="name">{{ document.name }}</span>
            @if (document.originalRequired) {
              <span class="visually-hidden">, </span>
              <span class="tag tag-original">im Original</span>
            }
            @if (document.condition === 'conditional') {
              <span class="visually-hidden">, </span>
              <span class="tag">nur in bestimmten Fällen</span>
            }
          </mat-checkbox>
          @if (document.note) {
            <p class="note">{{ document.note }}</p>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .progress {
      margin: 0 0 0.25rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .checklist {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .document + .document {
      margin-top: 0.125rem;
    }
    .name {
      font-weight: 500;
    }
    .done .name {
      text-decoration: line-through;
    }
    .tag {
      display: inline-block;
      margin: 0.125rem 0 0.125rem 0.5rem;
      white-space: nowrap;
      padding: 0 0.5rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
    }
    .tag-original {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .note {
      margin: 0 0 0.25rem 2.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    @media print {
      :host {
        /* Paper needs no touch targets: small boxes keep the list on one page. */
        --mat-checkbox-state-layer-size: 16px;
      }
      .progress {
        display: none;
      }
      .document + .document {
        margin-top: 0;
      }
      .note {
        margin: 0 0 0 2.5rem;
      }
    }
  `,
})
export class DocumentChecklist {
  readonly documents = input.required<RequiredDocument[]>();
  readonly ticked = input.required<ReadonlySet<number>>();
  readonly tickedChange = output<ReadonlySet<number>>();

  protected readonly progressId = `checklist-progress-${nextId++}`;
  protected readonly tickedCount = computed(() => this.ticked().size);

  protected toggle(index: number, checked: boolean): void {
    const next = new Set(this.ticked());
    if (checked) {
      next.add(index);
    } else {
      next.delete(index);
    }
    this.tickedChange.emit(next);
  }
}
