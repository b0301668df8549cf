import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Fee } from '@auskunft/contracts';
import { FeeAmountPipe } from './fee-amount.pipe';

/** Gebühren as label → amount, with the note that explains varying or missing amounts. */
@Component({
  selector: 'app-fee-list',
  imports: [FeeAmountPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="fees">
      @for (fee of fees(); track $index) {
        <dt>{{ fee.label || 'Gebühr' }}</dt>
        <dd>
          @if (fee | feeAmount; as amount) {
            <span class="amount">{{ amount }}</span>
          }
          @if (fee.note) {
            <span class="note">{{ fee.note }}</span>
          } @else if ((fee | feeAmount) === null) {
            <span class="note"
              >Die Höhe der Gebühr erfahren Sie bei der zuständigen
              Stelle.</span
            >
          }
        </dd>
      }
    </dl>
  `,
  styles: `
    .fees {
      display: grid;
      grid-template-columns: minmax(10rem, max-content) 1fr;
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
    .amount {
      display: block;
      font-weight: 500;
      font-variant-numeric: tabular-nums;
    }
    .note {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 599px) {
      .fees {
        grid-template-columns: 1fr;
        gap: 0.125rem;
      }
      dd {
        margin-bottom: 0.75rem;
      }
    }
  `,
})
export class FeeList {
  readonly fees = input.required<Fee[]>();
}
