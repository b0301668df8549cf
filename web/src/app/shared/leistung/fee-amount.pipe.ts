import { CurrencyPipe } from '@angular/common';
import {
  DEFAULT_CURRENCY_CODE,
  LOCALE_ID,
  Pipe,
  type PipeTransform,
  inject,
} from '@angular/core';
import type { Fee } from '@auskunft/contracts';

/**
 * A fee's amount as citizens read it: "39,00 €", "39,00 € – 45,00 €", "bis 45,00 €"
 * or "gebührenfrei". Null when there is no amount; the fee's note explains it then.
 */
@Pipe({ name: 'feeAmount' })
export class FeeAmountPipe implements PipeTransform {
  private readonly currency = new CurrencyPipe(
    inject(LOCALE_ID),
    inject(DEFAULT_CURRENCY_CODE),
  );

  transform(
    fee: Pick<Fee, 'amountMin' | 'amountMax' | 'currency'>,
  ): string | null {
    const { amountMin: min, amountMax: max } = fee;
    if (min === null && max === null) {
      return null;
    }
    if (min === null) {
      return `bis ${this.format(max, fee.currency)}`;
    }
    if (max === null || max === min) {
      return min === 0 ? 'gebührenfrei' : this.format(min, fee.currency);
    }
    return `${this.format(min, fee.currency)} – ${this.format(max, fee.currency)}`;
  }

  private format(amount: number | null, currency: string): string {
    // Always two decimals: "5,00 €" reads as a price, "5 €" looks like an estimate.
    return (
      this.currency.transform(
        amount,
        currency || undefined,
        'symbol',
        '1.2-2',
      ) ?? ''
    );
  }
}
