import { Inject, Injectable, Logger } from '@nestjs/common';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { noStoreOnError, publicCacheControl } from './cache-headers';
import type { PublicSiteConfig } from './public-site-config';
import { INTERNAL_HEADER, pageRateLimit } from './rate-limits';
import { pageCsp } from './security-headers';
import { STAFF_PATHS, SitemapService } from './sitemap.service';
import { SsrRenderer } from './ssr-renderer';

/** Angular's output hashing: "main-ABCD1234.js", "styles-….css", "chunk-….js". */
const HASHED_ASSET = /-[A-Z0-9]{8}\.(?:js|css|mjs)$/;
const SAFE_HOST =
  /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-fA-F:]+\](?::\d{1,5})?$/;

function isStaffPath(path: string): boolean {
  return STAFF_PATHS.some(
    (staff) => path === staff || path.startsWith(`${staff}/`),
  );
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/**
 * Everything outside /api on the one port: the built assets, robots.txt,
 * sitemap.xml and the server-rendered pages (staff areas get the client-rendered
 * shell). Rendered pages carry a per-page CSP with script hashes, an ETag and
 * Cache-Control for a reverse proxy.
 */
@Injectable()
export class PublicSite {
  private readonly logger = new Logger('PublicSite');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sitemap: SitemapService,
    private readonly renderer: SsrRenderer,
  ) {}

  /** Starts loading the server bundle, so the first citizen does not wait for it. */
  async warmUp(): Promise<void> {
    await this.renderer.load(this.config.webDistDir);
  }

  handlers(site: PublicSiteConfig): RequestHandler[] {
    const assets = express.static(this.config.webDistDir, {
      index: false,
      redirect: false,
      setHeaders: (res, path) => {
        res.setHeader(
          'Cache-Control',
          HASHED_ASSET.test(path)
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=3600',
        );
      },
    });
    const limitPages = pageRateLimit(
      site.pageRateLimit,
      site.rateLimitWindowSeconds,
    );
    const onlyPages =
      (handler: RequestHandler): RequestHandler =>
      (req, res, next) =>
        this.isPageRequest(req) ? handler(req, res, next) : next();
    return [
      onlyPages(assets),
      onlyPages((req, res, next) => {
        void this.wellKnown(req, res, site).then(
          (handled) => (handled ? undefined : next()),
          next,
        );
      }),
      onlyPages(limitPages),
      onlyPages((req, res, next) => {
        void this.page(req, res, next, site).catch(next);
      }),
    ];
  }

  private isPageRequest(req: Request): boolean {
    return (
      (req.method === 'GET' || req.method === 'HEAD') &&
      req.path !== '/api' &&
      !req.path.startsWith('/api/')
    );
  }

  private origin(req: Request, site: PublicSiteConfig): string {
    if (site.publicUrl) {
      return site.publicUrl;
    }
    const host = req.get('host') ?? '';
    return SAFE_HOST.test(host)
      ? `${req.protocol}://${host}`
      : `http://localhost:${this.config.port}`;
  }

  private async wellKnown(
    req: Request,
    res: Response,
    site: PublicSiteConfig,
  ): Promise<boolean> {
    if (req.path !== '/robots.txt' && req.path !== '/sitemap.xml') {
      return false;
    }
    const origin = this.origin(req, site);
    const body =
      req.path === '/robots.txt'
        ? this.sitemap.robots(origin)
        : await this.sitemap.sitemap(origin);
    res.setHeader(
      'Cache-Control',
      publicCacheControl(site.cacheSharedMaxAgeSeconds),
    );
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    res.type(req.path === '/robots.txt' ? 'text/plain' : 'application/xml');
    res.send(body);
    return true;
  }

  private async page(
    req: Request,
    res: Response,
    next: NextFunction,
    site: PublicSiteConfig,
  ): Promise<void> {
    const port = req.socket.localPort ?? this.config.port;
    const response = await this.renderer.render(
      this.config.webDistDir,
      req.originalUrl,
      port,
      {
        publicOrigin: this.origin(req, site),
        internalHeader: INTERNAL_HEADER,
      },
    );
    if (!response) {
      next();
      return;
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      res.redirect(response.status, location);
      return;
    }
    const html = await response.text();
    res.status(response.status);
    res.type('html');
    res.setHeader('Content-Security-Policy', pageCsp(html, site.production));
    res.setHeader(
      'Cache-Control',
      isStaffPath(req.path)
        ? 'no-cache'
        : publicCacheControl(site.cacheSharedMaxAgeSeconds),
    );
    noStoreOnError(res);
    res.setHeader('ETag', etagOf(html));
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (response.status >= 500) {
      this.logger.error(`Rendering ${req.path} answered ${response.status}`);
    }
    res.send(html);
  }
}
