import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import {
  DEFAULT_CURRENCY_CODE,
  EnvironmentProviders,
  LOCALE_ID,
  makeEnvironmentProviders,
} from '@angular/core';

/**
 * de-DE for dates, numbers and currency. Registering the "de" data is enough:
 * Angular falls back from "de-DE" to its parent locale.
 */
export function provideGermanLocale(): EnvironmentProviders {
  registerLocaleData(localeDe);
  return makeEnvironmentProviders([
    { provide: LOCALE_ID, useValue: 'de-DE' },
    { provide: DEFAULT_CURRENCY_CODE, useValue: 'EUR' },
  ]);
}
