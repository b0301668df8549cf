import type { Routes } from '@angular/router';
import { PUBLIC_PATHS } from '../paths';
import { LeistungPage } from '../shared/leistung/leistung-page';
import { PublicSearchPage } from './public-search-page';

/** The citizens' service guide. */
export const publicRoutes: Routes = [
  {
    path: PUBLIC_PATHS.search,
    pathMatch: 'full',
    component: PublicSearchPage,
    title: 'Bürgerinfo – Auskunft',
  },
  {
    path: PUBLIC_PATHS.leistung,
    component: LeistungPage,
    data: { audience: 'public' },
    title: 'Leistung – Auskunft',
  },
];
