import type { Route } from '@angular/router';
import { permissionGuard } from './core/auth/permission.guard';
import {
  ADMIN_PATHS,
  CONTROLLING_PATH,
  DESK_PATHS,
  EDITOR_PATHS,
  FEEDBACK_PATH,
  FORWARDING_ANSWER_PATH,
  LOGIN_PATH,
  MAIL_OUTBOX_PATH,
  PUBLIC_PATHS,
} from './paths';

/** Only staff may open the Auskunftsplatz, on every route below it too. */
const staffOnly = permissionGuard('staff:read');
/** The Redaktion is for those who may edit Leistungen (editors, admins). */
const editorsOnly = permissionGuard('leistung:edit');

/** One lazy chunk per area; the staff area comes first so '' does not swallow 'desk'. */
export const appRoutes: Route[] = [
  {
    path: DESK_PATHS.root,
    canActivate: [staffOnly],
    canActivateChild: [staffOnly],
    loadChildren: () => import('./desk/desk.routes').then((m) => m.deskRoutes),
  },
  {
    path: EDITOR_PATHS.root,
    canActivate: [editorsOnly],
    canActivateChild: [editorsOnly],
    loadChildren: () =>
      import('./editor/editor.routes').then((m) => m.editorRoutes),
  },
  {
    // Each admin section checks its own permission (users, catalog, audit log).
    path: ADMIN_PATHS.root,
    canActivate: [staffOnly],
    loadChildren: () =>
      import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: FEEDBACK_PATH,
    canActivate: [staffOnly],
    loadComponent: () =>
      import('./feedback/feedback-inbox-page').then((m) => m.FeedbackInboxPage),
    title: 'Rückmeldungen – Auskunft',
  },
  {
    path: CONTROLLING_PATH,
    canActivate: [permissionGuard('controlling:read')],
    loadComponent: () =>
      import('./operations/controlling-page').then((m) => m.ControllingPage),
    title: 'Controlling – Auskunft',
  },
  {
    path: MAIL_OUTBOX_PATH,
    canActivate: [permissionGuard('system:manage')],
    loadComponent: () =>
      import('./operations/mail-outbox-page').then((m) => m.MailOutboxPage),
    title: 'Postausgang – Auskunft',
  },
  {
    // The link in a Weiterleitung's mail: the token is the authorization, no sign-in.
    path: FORWARDING_ANSWER_PATH,
    loadComponent: () =>
      import('./operations/forwarding-answer-page').then(
        (m) => m.ForwardingAnswerPage,
      ),
    title: 'Weiterleitung beantwortet – Auskunft',
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
