import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app/app.module';
import { SearchOutboxWorker } from '../search/search-outbox.worker';

const USAGE = `Usage: node dist/api/main.js [serve | reindex]
  serve     start the server (default)
  reindex   rebuild both search indexes from the database`;

/** Maintenance commands that share the server's modules and configuration. */
export async function runCli(command: string, _args: string[]): Promise<number> {
  switch (command) {
    case 'reindex': {
      const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn', 'log'] });
      app.enableShutdownHooks();
      try {
        const started = Date.now();
        const count = await app.get(SearchOutboxWorker).reindexAll();
        console.log(`Reindexed ${count} published Leistungen into the staff and public indexes in ${Date.now() - started} ms`);
        return 0;
      } finally {
        await app.close();
      }
    }
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}
