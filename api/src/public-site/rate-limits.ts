import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { randomBytes } from 'node:crypto';

/**
 * The server renderer's own API calls carry this header with a value that is
 * random per process; they are part of one page request, which is limited already.
 */
export const INTERNAL_HEADER = {
  name: 'x-auskunft-render',
  value: randomBytes(24).toString('base64url'),
};

export function isInternalRenderCall(req: Request): boolean {
  return req.get(INTERNAL_HEADER.name) === INTERNAL_HEADER.value;
}

function secondsUntilReset(req: Request, windowSeconds: number): number {
  const reset = (req as Request & { rateLimit?: { resetTime?: Date } })
    .rateLimit?.resetTime;
  if (!reset) {
    return windowSeconds;
  }
  return Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000));
}

function tooManyMessage(seconds: number): string {
  return `Zu viele Anfragen von Ihrem Anschluss. Bitte warten Sie ${seconds} Sekunden und versuchen Sie es dann erneut.`;
}

/** A clear 429 for /api/v1/public/**: German message, Retry-After, never cached. */
export function publicApiRateLimit(
  limit: number,
  windowSeconds: number,
): RequestHandler {
  return rateLimit({
    windowMs: windowSeconds * 1000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: isInternalRenderCall,
    handler: (req: Request, res: Response) => {
      const seconds = secondsUntilReset(req, windowSeconds);
      res.setHeader('Retry-After', String(seconds));
      res.setHeader('Cache-Control', 'no-store');
      res.status(429).json({
        statusCode: 429,
        error: 'Too Many Requests',
        message: tooManyMessage(seconds),
      });
    },
  });
}

/** The same for server-rendered pages, answered as a small HTML page. */
export function pageRateLimit(
  limit: number,
  windowSeconds: number,
): RequestHandler {
  return rateLimit({
    windowMs: windowSeconds * 1000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req: Request, res: Response) => {
      const seconds = secondsUntilReset(req, windowSeconds);
      res.setHeader('Retry-After', String(seconds));
      res.setHeader('Cache-Control', 'no-store');
      res
        .status(429)
        .type('html')
        .send(
          `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Zu viele Anfragen</title></head>` +
            `<body><main><h1>Zu viele Anfragen</h1><p>${tooManyMessage(seconds)}</p></main></body></html>`,
        );
    },
  });
}
