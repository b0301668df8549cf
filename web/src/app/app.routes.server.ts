import { RenderMode, type ServerRoute } from '@angular/ssr';
import {
  ADMIN_PATHS,
  DESK_PATHS,
  EDITOR_PATHS,
  FEEDBACK_PATH,
  LOGIN_PATH,
} from './paths';

/** Staff areas need a session and stay client-rendered; every public page is rendered per request. */
const STAFF_ROOTS = [
  DESK_PATHS.root,
  EDITOR_PATHS.root,
  ADMIN_PATHS.root,
  FEEDBACK_PATH,
  LOGIN_PATH,
];

export const serverRoutes: ServerRoute[] = [
  ...STAFF_ROOTS.flatMap((root) => [
    { path: root, renderMode: RenderMode.Client } as const,
    { path: `${root}/**`, renderMode: RenderMode.Client } as const,
  ]),
  // Content changes with every release, so public pages are rendered at request time.
  { path: '**', renderMode: RenderMode.Server },
];
