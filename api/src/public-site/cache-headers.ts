import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Cache-Control for what citizens see (public API answers and rendered pages):
 * browsers revalidate every time (max-age=0, answered with 304 while the ETag
 * matches), a reverse proxy may serve a copy for `sharedMaxAge` seconds. A
 * release therefore reaches everyone within that time without any purge; a
 * proxy that supports purging may purge on release to make it immediate.
 */
export function publicCacheControl(sharedMaxAge: number): string {
  return `public, max-age=0, s-maxage=${sharedMaxAge}, stale-while-revalidate=${sharedMaxAge}`;
}

/** Errors must not be cached, whatever the handler set before it failed. */
export function noStoreOnError(res: Response): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
  (
    res as unknown as { writeHead: (...args: unknown[]) => Response }
  ).writeHead = (...args: unknown[]) => {
    const status = typeof args[0] === 'number' ? args[0] : res.statusCode;
    if (status >= 400 && status !== 404) {
      res.setHeader('Cache-Control', 'no-store');
    }
    return writeHead(...args);
  };
}

export function publicApiCaching(sharedMaxAge: number): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.setHeader('Cache-Control', publicCacheControl(sharedMaxAge));
      noStoreOnError(res);
    }
    next();
  };
}
