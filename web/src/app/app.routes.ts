import type { Route } from '@angular/router';
import { permissionGuard } from './core/auth/permission.guard';
import { DESK_PATHS, LOGIN_PATH, PUBLIC_PATHS } from './paths';

/** Only staff may open the Auskunftsplatz, on every route below it too. */
const staffOnly = permissionGuard('staff:read');

/** One lazy chunk per area; the staff area comes first so '' does not swallow 'desk'. */
export const appRoutes: Route[] = [
  {
    path: DESK_PATHS.root,
    canActivate: [staffOnly],
    canActivateChild: [staffOnly],
    loadChildren: () => import('./desk/desk.routes').then((m) => m.deskRoutes),
  },
  {
    path: LOGIN_PATH,
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
    title: 'Anmelden – Auskunft',
  },
  {
    path: PUBLIC_PATHS.search,
    loadChildren: () =>
      import('./public/public.routes').then((m) => m.publicRoutes),
  },
  {
    path: '**',
    loadComponent: () => import('./not-found-page').then((m) => m.NotFoundPage),
    title: 'Seite nicht gefunden – Auskunft',
  },
];
