import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { RequiredDocument } from '@auskunft/contracts';

/** Erforderliche Unterlagen, with the two facts callers ask about most: "always?" and "original?". */
@Component({
  selector: 'app-document-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="documents">
      @for (document of documents(); track $index) {
        <li class="document">
          <span class="name">{{ document.name }}</span>
          <!-- Hidden commas keep screen readers from running name and tags together. -->
          @if (document.originalRequired) {
            <span class="visually-hidden">, </span>
            <span class="tag tag-original">im Original</span>
          }
          @if (document.condition === 'conditional') {
            <span class="visually-hidden">, </span>
            <span class="tag">nur in bestimmten Fällen</span>
          }
          @if (document.note) {
            <span class="visually-hidden">: </span>
            <span class="note">{{ document.note }}</span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .documents {
      margin: 0;
      padding-left: 1.25rem;
    }
    .document + .document {
      margin-top: 0.5rem;
    }
    .name {
      font-weight: 500;
    }
    .tag {
      display: inline-block;
      margin-left: 0.5rem;
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
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    /* Printed, the list is a checklist with boxes to tick. */
    @media print {
      .document {
        list-style: none;
      }
      .document::before {
        content: '☐ ';
      }
    }
  `,
})
export class DocumentList {
  readonly documents = input.required<RequiredDocument[]>();
}
