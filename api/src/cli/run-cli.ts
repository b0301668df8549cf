import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parseArgs } from 'node:util';
import { AppModule } from '../app/app.module';
import { CliDataModule, CliUsersModule } from './cli.module';
import {
  exportCommand,
  importCommand,
  IMPORT_USAGE,
} from './import-export.command';
import { flattenValidationErrors } from '../common/api-errors';
import { SearchOutboxWorker } from '../search/search-outbox.worker';
import { UserCreateDto } from '../users/dto/user-write.dto';
import { UsersService } from '../users/users.service';

const USAGE = `Usage: node dist/api/main.js <command>
  serve       start the server (default)
  reindex     rebuild both search indexes from the database
  user:create --username U --password P --role admin|editor|teamlead|agent [--display-name NAME] [--sachgebiet CODE ...]
  ${IMPORT_USAGE}`;

async function withApp<T>(
  module: typeof AppModule | typeof CliUsersModule | typeof CliDataModule,
  work: (
    app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>,
  ) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(module, {
    logger: ['error', 'warn'],
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function createUser(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      sachgebiet: { type: 'string', multiple: true },
    },
  });
  const dto = plainToInstance(UserCreateDto, {
    username: values.username,
    password: values.password,
    role: values.role,
    displayName: values['display-name'] ?? values.username,
    sachgebiete: values.sachgebiet ?? [],
  });
  const errors = await validate(dto, {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  if (errors.length > 0) {
    for (const [field, messages] of Object.entries(
      flattenValidationErrors(errors),
    )) {
      console.error(`${field}: ${messages.join('; ')}`);
    }
    return 2;
  }
  return withApp(CliUsersModule, async (app) => {
    const user = await app.get(UsersService).create(dto);
    console.log(
      `Created ${user.role} "${user.username}"${user.sachgebiete.length ? ` for Sachgebiet ${user.sachgebiete.map((s) => s.code).join(', ')}` : ''}`,
    );
    return 0;
  });
}

/** Maintenance commands that share the server's modules and configuration. */
export async function runCli(command: string, args: string[]): Promise<number> {
  switch (command) {
    case 'reindex':
      return withApp(AppModule, async (app) => {
        const started = Date.now();
        const count = await app.get(SearchOutboxWorker).reindexAll();
        console.log(
          `Reindexed ${count} published Leistungen into the staff and public indexes in ${Date.now() - started} ms`,
        );
        return 0;
      });
    case 'user:create':
      try {
        return await createUser(args);
      } catch (error) {
        const message =
          (error as { response?: { message?: string | string[] } }).response
            ?.message ?? (error as Error).message;
        console.error(Array.isArray(message) ? message.join('; ') : message);
        return 1;
      }
    case 'import':
      return withApp(CliDataModule, (app) => importCommand(app, args));
    case 'export':
      return withApp(CliDataModule, (app) => exportCommand(app, args));
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n${USAGE}`);
      return 2;
  }
}
