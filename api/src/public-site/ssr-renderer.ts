import { Injectable, Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the web app's server bundle (web/src/server.ts) exports. */
interface ServerBundle {
  createAppEngine(allowedHosts: string[]): {
    handle(request: Request, context?: unknown): Promise<Response | null>;
  };
}

type Engine = ReturnType<ServerBundle['createAppEngine']>;

/** The request context web/src/app/public/ssr/server-request.ts reads. */
export interface RenderContext {
  publicOrigin: string;
  internalHeader: { name: string; value: string };
}

const INTERNAL_HOST = '127.0.0.1';

/**
 * Renders pages with the Angular app engine from the built server bundle
 * (dist/web/server/server.mjs). The engine sees the request under this
 * process's loopback address, so the page's relative API calls go straight back
 * to this server and never to whatever Host a client sent.
 */
@Injectable()
export class SsrRenderer {
  private readonly logger = new Logger('SsrRenderer');
  private engine: Promise<Engine | null> | undefined;

  /** Null when the web app has not been built with its server bundle (e.g. API-only tests). */
  load(webDistDir: string): Promise<Engine | null> {
    this.engine ??= this.import(webDistDir);
    return this.engine;
  }

  async render(
    webDistDir: string,
    path: string,
    port: number,
    context: RenderContext,
  ): Promise<Response | null> {
    const engine = await this.load(webDistDir);
    if (!engine) {
      return null;
    }
    const request = new Request(`http://${INTERNAL_HOST}:${port}${path}`, {
      headers: { accept: 'text/html', 'accept-language': 'de-DE' },
    });
    return engine.handle(request, context);
  }

  private async import(webDistDir: string): Promise<Engine | null> {
    const file = join(webDistDir, '..', 'server', 'server.mjs');
    if (!existsSync(file)) {
      this.logger.warn(
        `Kein Server-Bundle unter ${file}: öffentliche Seiten werden nicht serverseitig gerendert.`,
      );
      return null;
    }
    // A real ESM import at run time; webpack must not bundle or rewrite it.
    const bundle = (await import(
      /* webpackIgnore: true */ pathToFileURL(file).href
    )) as ServerBundle;
    return bundle.createAppEngine([INTERNAL_HOST]);
  }
}
