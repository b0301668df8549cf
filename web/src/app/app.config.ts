import {
  provideHttpClient,
  withFetch,
  withInterceptors,
} from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideClientHydration,
  withEventReplay,
} from '@angular/platform-browser';
import {
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { appRoutes } from './app.routes';
import { provideAuth } from './core/auth/auth.service';
import { sessionExpiredInterceptor } from './core/auth/session-expired.interceptor';
import { provideGermanLocale } from './core/locale/german-locale';
import { serverRenderingInterceptor } from './public/ssr/server-request';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideGermanLocale(),
    provideHttpClient(
      withFetch(),
      withInterceptors([sessionExpiredInterceptor, serverRenderingInterceptor]),
    ),
    provideAuth(),
    // Server-rendered public pages are taken over in place; HTTP answers the server
    // fetched travel with the page (transfer cache), so the browser does not ask again.
    // Events before the takeover (a citizen typing and pressing Enter while the app
    // still loads) are recorded and replayed to the app, so a search submitted in
    // that moment is not lost (seen once in an e2e run, not reproduced).
    provideClientHydration(withEventReplay()),
    provideRouter(
      appRoutes,
      // Route params and data (e.g. the audience) arrive as component inputs.
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
  ],
};
