import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import type { OpeningException, WeeklyHours } from '@auskunft/contracts';
import { flattenValidationErrors } from '../common/api-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import { AppMeta } from '../database/app-meta.entity';
import { LeistungCreateDto } from '../leistungen/dto/leistung-write.dto';
import { LeistungenService } from '../leistungen/leistungen.service';
import { SearchOutboxWorker } from '../search/search-outbox.worker';
import { UsersService } from '../users/users.service';
import type { UserCreateDto } from '../users/dto/user-write.dto';

interface StandortSeed {
  key: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  openingHours: WeeklyHours;
  exceptions?: OpeningException[];
  accessibility?: string;
  appointmentUrl?: string | null;
}

interface SachgebietSeed {
  code: string;
  name: string;
  department: string;
  phone: string;
  email: string;
  room: string;
  standort: string | null;
  openingHours: WeeklyHours;
  forwardingEmail: string;
  answerDeadlineDays?: number;
  internalPhone?: string | null;
}

interface LebenslageSeed {
  slug: string;
  name: string;
  parent: string | null;
  description: string;
}

const LOADED_KEY = 'demoContentLoadedAt';
const CREDENTIALS_FILE = 'demo-users.json';

/** One account per role, plus a second editor so the four-eyes release can be tried out. */
const DEMO_USERS: Omit<UserCreateDto, 'password'>[] = [
  { username: 'admin', displayName: 'Anna Admin', role: 'admin' },
  { username: 'agent', displayName: 'Aylin Agent', role: 'agent' },
  { username: 'teamlead', displayName: 'Tom Teamleitung', role: 'teamlead' },
  {
    username: 'editor',
    displayName: 'Erik Editor',
    role: 'editor',
    sachgebiete: ['32.1', '32.2'],
  },
  {
    username: 'editor2',
    displayName: 'Elena Editor',
    role: 'editor',
    sachgebiete: ['32.1', '32.2', '70.1'],
  },
];

export interface DemoCredential {
  username: string;
  password: string;
  role: string;
}

/** Loads the fictional district's content from seed-data/ once, on the first start of an empty instance. */
@Injectable()
export class DemoContentService {
  private readonly logger = new Logger(DemoContentService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly leistungen: LeistungenService,
    private readonly outbox: SearchOutboxWorker,
    private readonly users: UsersService,
  ) {}

  /** The demo accounts' passwords (random per instance, kept in DATA_DIR), or none without demo content. */
  demoCredentials(): DemoCredential[] {
    const file = join(this.config.dataDir, CREDENTIALS_FILE);
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as DemoCredential[])
      : [];
  }

  /** Returns the number of Leistungen loaded (0 when the instance already has content or demo content is off). */
  async loadIfEmpty(): Promise<number> {
    if (!this.config.demoContent) {
      return 0;
    }
    const meta = this.dataSource.getRepository(AppMeta);
    if (await meta.findOne({ where: { key: LOADED_KEY } })) {
      return 0;
    }
    if ((await this.dataSource.getRepository(Sachgebiet).count()) > 0) {
      // An office's own data: never mix demo content into it.
      return 0;
    }
    const count = await this.dataSource.transaction(async (manager) => {
      const loaded = await this.load(manager);
      const credentials: DemoCredential[] = [];
      for (const demoUser of DEMO_USERS) {
        const password = randomBytes(9).toString('base64url');
        await this.users.create({ ...demoUser, password }, manager);
        credentials.push({
          username: demoUser.username,
          password,
          role: demoUser.role,
        });
      }
      writeFileSync(
        join(this.config.dataDir, CREDENTIALS_FILE),
        JSON.stringify(credentials, null, 2),
        { mode: 0o600 },
      );
      await manager.save(AppMeta, {
        key: LOADED_KEY,
        value: new Date().toISOString(),
      });
      return loaded;
    });
    this.outbox.poke();
    this.logger.log(
      `Loaded demo content: ${count} Leistungen of the Landkreis Lindenau`,
    );
    return count;
  }

  private readJson<T>(...path: string[]): T {
    return JSON.parse(
      readFileSync(join(this.config.seedDir, ...path), 'utf8'),
    ) as T;
  }

  private async load(manager: EntityManager): Promise<number> {
    if (!existsSync(this.config.seedDir)) {
      throw new Error(
        `Demo content folder ${this.config.seedDir} not found (set SEED_DIR or DEMO_CONTENT=false)`,
      );
    }
    const standorte = new Map<string, Standort>();
    for (const seed of this.readJson<StandortSeed[]>('standorte.json')) {
      const standort = manager.create(Standort, {
        ...seed,
        id: randomUUID(),
        exceptions: seed.exceptions ?? [],
        accessibility: seed.accessibility ?? '',
        appointmentUrl: seed.appointmentUrl ?? null,
      });
      standorte.set(seed.key, await manager.save(standort));
    }
    for (const seed of this.readJson<SachgebietSeed[]>('sachgebiete.json')) {
      await manager.save(
        manager.create(Sachgebiet, {
          ...seed,
          id: randomUUID(),
          standort: seed.standort
            ? (standorte.get(seed.standort) ?? null)
            : null,
          answerDeadlineDays: seed.answerDeadlineDays ?? 1,
          internalPhone: seed.internalPhone ?? null,
        }),
      );
    }
    const lebenslagen = new Map<string, Lebenslage>();
    const lebenslageSeeds = this.readJson<LebenslageSeed[]>('lebenslagen.json');
    for (const seed of lebenslageSeeds) {
      lebenslagen.set(
        seed.slug,
        await manager.save(
          manager.create(Lebenslage, {
            id: randomUUID(),
            slug: seed.slug,
            name: seed.name,
            description: seed.description,
            parent: null,
          }),
        ),
      );
    }
    for (const seed of lebenslageSeeds.filter((entry) => entry.parent)) {
      const child = lebenslagen.get(seed.slug);
      if (child) {
        child.parent = lebenslagen.get(seed.parent ?? '') ?? null;
        await manager.save(child);
      }
    }
    let count = 0;
    const files = readdirSync(join(this.config.seedDir, 'leistungen'))
      .filter((name) => name.endsWith('.json'))
      .sort();
    for (const file of files) {
      for (const record of this.readJson<Record<string, unknown>[]>(
        'leistungen',
        file,
      )) {
        const dto = plainToInstance(LeistungCreateDto, {
          ...record,
          status: 'published',
        });
        const errors = await validate(dto, {
          whitelist: true,
          forbidNonWhitelisted: true,
        });
        if (errors.length > 0) {
          throw new Error(
            `seed-data/leistungen/${file} "${String(record['slug'])}": ${JSON.stringify(flattenValidationErrors(errors))}`,
          );
        }
        await this.leistungen.createIn(manager, dto);
        count++;
      }
    }
    return count;
  }
}
