import { RenderMode, type ServerRoute } from '@angular/ssr';
import {
  ADMIN_PATHS,
  CONTROLLING_PATH,
  DESK_PATHS,
  EDITOR_PATHS,
  FEEDBACK_PATH,
  FORWARDING_ANSWER_ROOT,
  LOGIN_PATH,
  MAIL_OUTBOX_PATH,
} from './paths';

/** Staff areas need a session and stay client-rendered; every public page is rendered per request. */
const STAFF_ROOTS = [
  DESK_PATHS.root,
  EDITOR_PATHS.root,
  ADMIN_PATHS.root,
  FEEDBACK_PATH,
  LOGIN_PATH,
  CONTROLLING_PATH,
  MAIL_OUTBOX_PATH,
];

export const serverRoutes: ServerRoute[] = [
  ...STAFF_ROOTS.flatMap((root) => [
    { path: root, renderMode: RenderMode.Client } as const,
    { path: `${root}/**`, renderMode: RenderMode.Client } as const,
  ]),
  // Answer links carry a secret token: never rendered into a shared cache.
  { path: `${FORWARDING_ANSWER_ROOT}/**`, renderMode: RenderMode.Client },
  // Content changes with every release, so public pages are rendered at request time.
  { path: '**', renderMode: RenderMode.Server },
];
