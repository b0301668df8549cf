import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Fee } from '@auskunft/contracts';
import { FeeAmountPipe } from '../shared/leistung/fee-amount.pipe';

/**
 * Gebühren as the agent says them, one line each: "Ersatzführerschein: 39,00 €"
 * with the note below. Narrow enough for half a screen and for a print column.
 */
@Component({
  selector: 'app-answer-fees',
  imports: [FeeAmountPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="fees">
      @for (fee of fees(); track $index) {
        <li>
          <span class="label">{{ fee.label || 'Gebühr' }}:</span>
          @if (fee | feeAmount; as amount) {
            <span class="amount">{{ amount }}</span>
          } @else if (!fee.note) {
            <span class="note">Höhe bei der zuständigen Stelle erfragen</span>
          }
          @if (fee.note) {
            <span class="note">{{ fee.note }}</span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .fees {
      margin: 0;
      padding-left: 1.25rem;
    }
    li + li {
      margin-top: 0.375rem;
    }
    .label {
      margin-right: 0.375rem;
    }
    .amount {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .note {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AnswerFees {
  readonly fees = input.required<Fee[]>();
}
