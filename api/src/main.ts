import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { runCli } from './cli/run-cli';
import { ConfigError, loadConfig } from './config/app-config';
import { SearchOutboxWorker } from './search/search-outbox.worker';
import { DemoContentService } from './seed/demo-content.service';

async function serve() {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: false,
  });
  configureApp(app);
  await app.init();
  await app.get(DemoContentService).loadIfEmpty();
  app.get(SearchOutboxWorker).start();
  await app.listen(config.port);
  const logger = new Logger('Auskunft');
  logger.log(
    `Auskunft läuft auf http://localhost:${config.port}/ (API: /api, Dokumentation: /api/docs)`,
  );
  logger.log(
    `Datenbank: ${config.database.type === 'postgres' ? 'PostgreSQL' : config.database.file}`,
  );
  if (!config.production) {
    for (const credential of app.get(DemoContentService).demoCredentials()) {
      logger.log(
        `Demo-Zugang (${credential.role}): Benutzername "${credential.username}", Passwort "${credential.password}"`,
      );
    }
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (command && command !== 'serve') {
    process.exitCode = await runCli(command, args);
    return;
  }
  await serve();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
