import type { Routes } from '@angular/router';
import { PUBLIC_PATHS } from '../paths';
import { LeistungPage } from '../shared/leistung/leistung-page';
import { AToZPage } from './a-z-page';
import { AccessibilityStatementPage } from './accessibility-statement-page';
import { EasyLanguagePage } from './easy-language-page';
import { LebenslagePage } from './lebenslage-page';
import { PublicSearchPage } from './public-search-page';
import { SachgebietPage, SachgebietePage } from './sachgebiet-pages';

/** The citizens' service guide; every page is rendered on the server too (see app.routes.server.ts). */
export const publicRoutes: Routes = [
  {
    path: PUBLIC_PATHS.search,
    pathMatch: 'full',
    component: PublicSearchPage,
  },
  {
    path: PUBLIC_PATHS.leistung,
    component: LeistungPage,
    data: { audience: 'public' },
  },
  { path: PUBLIC_PATHS.aToZ, component: AToZPage },
  { path: PUBLIC_PATHS.lebenslage, component: LebenslagePage },
  { path: PUBLIC_PATHS.sachgebiete, component: SachgebietePage },
  { path: PUBLIC_PATHS.sachgebiet, component: SachgebietPage },
  {
    path: PUBLIC_PATHS.accessibility,
    component: AccessibilityStatementPage,
  },
  { path: PUBLIC_PATHS.easyLanguage, component: EasyLanguagePage },
];
