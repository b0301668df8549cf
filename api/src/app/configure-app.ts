import {
  INestApplication,
  ValidationPipe,
  VersioningType,
} from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE } from '../auth/auth.decorators';
import { validationException } from '../common/api-errors';
import { AllExceptionsFilter } from '../common/all-exceptions.filter';
import { publicApiCaching } from '../public-site/cache-headers';
import { PublicSite } from '../public-site/public-site';
import { loadPublicSiteConfig } from '../public-site/public-site-config';
import {
  isInternalRenderCall,
  publicApiRateLimit,
} from '../public-site/rate-limits';
import {
  API_CSP,
  DOCS_CSP,
  securityHeaders,
} from '../public-site/security-headers';

/** Everything the running server and the integration tests share: prefix, versioning, validation, errors, OpenAPI. */
export function configureApp(app: INestApplication): void {
  const site = loadPublicSiteConfig();
  (app as NestExpressApplication).set('trust proxy', site.trustProxy);
  app.use(securityHeaders(site.production));
  // gzip for browsers; the renderer's loopback calls stay plain (Node's fetch
  // waits for a delayed ACK on compressed answers, see docs/architecture.md).
  app.use(
    compression({
      filter: (req, res) =>
        !isInternalRenderCall(req as Request) && compression.filter(req, res),
    }),
  );
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    res.setHeader(
      'Content-Security-Policy',
      req.path.startsWith('/docs') ? DOCS_CSP : API_CSP,
    );
    next();
  });
  app.use(
    '/api/v1/public',
    publicApiRateLimit(site.apiRateLimit, site.rateLimitWindowSeconds),
    publicApiCaching(site.cacheSharedMaxAgeSeconds),
  );
  // Assets, robots.txt, sitemap.xml and rendered pages; /api passes through to Nest.
  app.use(app.get(PublicSite).handlers(site));
  // A Volltext may be long; the default 100 kB would reject it with an unhelpful error.
  (app as NestExpressApplication).useBodyParser('json', { limit: '2mb' });
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationException,
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Auskunft API')
      .setDescription(
        'Knowledge base for the citizen service of a district office: Leistungen, search, catalog.',
      )
      .setVersion('1')
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
  });
}
