import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';

/**
 * The server bundle (dist/web/server/server.mjs). The NestJS API imports it and
 * renders public pages with the engine it creates; it never listens itself.
 * Loading this module registers the app's manifest, so the engine must be
 * created here and not in the API bundle.
 */
export function createAppEngine(allowedHosts: string[]): AngularNodeAppEngine {
  return new AngularNodeAppEngine({ allowedHosts });
}

let devEngine: AngularNodeAppEngine | undefined;

/** Used by `nx serve web` (the dev server renders with it; /api is proxied). */
export const reqHandler = createNodeRequestHandler((req, res, next) => {
  devEngine ??= new AngularNodeAppEngine({ allowedHosts: ['localhost'] });
  devEngine
    .handle(req)
    .then((response) =>
      response ? writeResponseToNodeResponse(response, res) : next?.(),
    )
    .catch((error: unknown) => next?.(error));
});
