import {
  INestApplication,
  ValidationPipe,
  VersioningType,
} from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { SESSION_COOKIE } from '../auth/auth.decorators';
import { validationException } from '../common/api-errors';
import { AllExceptionsFilter } from '../common/all-exceptions.filter';

/** Everything the running server and the integration tests share: prefix, versioning, validation, errors, OpenAPI. */
export function configureApp(app: INestApplication): void {
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
