import type { Routes } from '@angular/router';
import { DESK_PATHS } from '../paths';
import { LeistungPage } from '../shared/leistung/leistung-page';
import { DeskSearchPage } from './desk-search-page';

/** The Auskunftsplatz: the agents' area, served from the staff endpoints. */
export const deskRoutes: Routes = [
  {
    path: DESK_PATHS.search,
    pathMatch: 'full',
    component: DeskSearchPage,
    title: 'Auskunftsplatz – Auskunft',
  },
  {
    path: DESK_PATHS.leistung,
    component: LeistungPage,
    data: { audience: 'staff' },
    title: 'Leistung – Auskunftsplatz',
  },
];
