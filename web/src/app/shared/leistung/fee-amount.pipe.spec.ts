import { TestBed } from '@angular/core/testing';
import type { Fee } from '@auskunft/contracts';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { FeeAmountPipe } from './fee-amount.pipe';

/** de-DE puts a no-break space between amount and currency sign. */
const NBSP = '\u00a0';

function aFee(overrides: Partial<Fee> = {}): Fee {
  return {
    label: 'Gebühr',
    amountMin: null,
    amountMax: null,
    currency: 'EUR',
    note: '',
    ...overrides,
  };
}

describe(FeeAmountPipe.name, () => {
  let pipe: FeeAmountPipe;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideGermanLocale()] });
    pipe = TestBed.runInInjectionContext(() => new FeeAmountPipe());
  });

  it('formats a single amount with two decimals and the euro sign after it', () => {
    expect(pipe.transform(aFee({ amountMin: 39, amountMax: null }))).toBe(
      `39,00${NBSP}€`,
    );
  });

  it('treats equal minimum and maximum as a single amount', () => {
    expect(pipe.transform(aFee({ amountMin: 22.8, amountMax: 22.8 }))).toBe(
      `22,80${NBSP}€`,
    );
  });

  it('formats a range with an en dash', () => {
    expect(pipe.transform(aFee({ amountMin: 39, amountMax: 45 }))).toBe(
      `39,00${NBSP}€ – 45,00${NBSP}€`,
    );
  });

  it('uses German thousands separators', () => {
    expect(pipe.transform(aFee({ amountMin: 1250 }))).toBe(`1.250,00${NBSP}€`);
  });

  it('says "bis" when only a maximum is known', () => {
    expect(pipe.transform(aFee({ amountMax: 100 }))).toBe(`bis 100,00${NBSP}€`);
  });

  it('calls a zero fee "gebührenfrei"', () => {
    expect(pipe.transform(aFee({ amountMin: 0, amountMax: 0 }))).toBe(
      'gebührenfrei',
    );
  });

  it('returns null without any amount, so the note is shown instead', () => {
    expect(pipe.transform(aFee({ note: 'nach Aufwand' }))).toBeNull();
  });

  it('falls back to the default currency when the fee has none', () => {
    expect(pipe.transform(aFee({ amountMin: 5, currency: '' }))).toBe(
      `5,00${NBSP}€`,
    );
  });
});
