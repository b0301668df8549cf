import type { Routes } from '@angular/router';
import { DESK_PATHS } from '../paths';
import { DeskAnswerPage } from './desk-answer-page';
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
    component: DeskAnswerPage,
    title: 'Leistung – Auskunftsplatz',
  },
  {
    path: DESK_PATHS.forwardings,
    loadComponent: () =>
      import('./operations/forwardings-page').then((m) => m.ForwardingsPage),
    title: 'Weiterleitungen – Auskunftsplatz',
  },
];
