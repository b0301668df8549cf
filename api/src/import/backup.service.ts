import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import { FeedbackEntity } from '../feedback/feedback.entity';
import { Leistung } from '../leistungen/leistung.entity';
import { contentOf, LEISTUNG_RELATIONS } from '../leistungen/leistung-content';
import {
  enqueueIndexUpdate,
  SearchOutboxWorker,
} from '../search/search-outbox.worker';
import { User } from '../users/user.entity';
import { LeistungRevision } from '../workflow/leistung-revision.entity';
import { XZUFI_HEAD, XZUFI_TAIL, xzufiLeistung } from './xzufi-writer';

export const BACKUP_FORMAT = 'auskunft-backup';
export const BACKUP_VERSION = 1;
const PAGE = 500;

async function write(stream: WriteStream, text: string) {
  if (!stream.write(text)) {
    await once(stream, 'drain');
  }
}

async function close(stream: WriteStream) {
  stream.end();
  await once(stream, 'finish');
}

type Row = Record<string, unknown>;

/**
 * The lossless backup (docs/backup.schema.json): every entity with its ids,
 * versions and timestamps, written page by page. Password hashes only with
 * `withSecrets`. Restoring into an empty instance reproduces it exactly.
 */
@Injectable()
export class BackupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  async exportJson(path: string, withSecrets: boolean): Promise<number> {
    const stream = createWriteStream(path, { encoding: 'utf8' });
    const manager = this.dataSource.manager;
    await write(
      stream,
      `{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(new Date().toISOString())},"withSecrets":${withSecrets}`,
    );
    const section = async (name: string, rows: Row[]) =>
      write(stream, `,\n${JSON.stringify(name)}:${JSON.stringify(rows)}`);
    await section(
      'standorte',
      (await manager.find(Standort, {
        order: { key: 'ASC' },
      })) as unknown as Row[],
    );
    await section(
      'sachgebiete',
      (await manager.find(Sachgebiet, { order: { code: 'ASC' } })).map(
        ({ standort, ...row }) => ({
          ...row,
          standortId: standort?.id ?? null,
        }),
      ),
    );
    await section(
      'lebenslagen',
      (
        await manager.find(Lebenslage, {
          relations: { parent: true },
          order: { slug: 'ASC' },
        })
      ).map(({ parent, ...row }) => ({ ...row, parentId: parent?.id ?? null })),
    );
    await section(
      'users',
      (
        await manager.find(User, {
          relations: { sachgebiete: true },
          order: { username: 'ASC' },
        })
      ).map(({ sachgebiete, passwordHash, ...row }) => ({
        ...row,
        sachgebietIds: sachgebiete.map((entry) => entry.id).sort(),
        ...(withSecrets ? { passwordHash } : {}),
      })),
    );
    await write(stream, ',\n"leistungen":[');
    let count = 0;
    for (let skip = 0; ; skip += PAGE) {
      const page = await manager.find(Leistung, {
        relations: LEISTUNG_RELATIONS,
        order: { id: 'ASC' },
        skip,
        take: PAGE,
      });
      const revisions = await manager.find(LeistungRevision, {
        where: page.map((leistung) => ({ leistungId: leistung.id })),
        order: { number: 'ASC' },
      });
      for (const leistung of page) {
        const { sachgebiet, lebenslagen, standorte, ...row } = leistung;
        const entry = {
          ...row,
          sachgebietId: sachgebiet?.id ?? null,
          lebenslageIds: lebenslagen.map((entry) => entry.id).sort(),
          standortIds: standorte.map((entry) => entry.id).sort(),
          revisions: revisions.filter(
            (revision) => revision.leistungId === leistung.id,
          ),
        };
        await write(
          stream,
          `${count > 0 ? ',' : ''}\n${JSON.stringify(entry)}`,
        );
        count++;
      }
      if (page.length < PAGE) {
        break;
      }
    }
    await write(stream, '\n]');
    await section(
      'feedback',
      (await manager.find(FeedbackEntity, {
        order: { createdAt: 'ASC' },
      })) as unknown as Row[],
    );
    await section(
      'auditEntries',
      (await manager.find(AuditEntryEntity, {
        order: { id: 'ASC' },
      })) as unknown as Row[],
    );
    await write(stream, '\n}\n');
    await close(stream);
    return count;
  }

  /** XZuFi 2.2 export of all published Leistungen (public exchange: no internal notes). */
  async exportXzufi(path: string): Promise<number> {
    const stream = createWriteStream(path, { encoding: 'utf8' });
    const manager = this.dataSource.manager;
    const names = new Map(
      (await manager.find(Lebenslage)).map((entry) => [entry.slug, entry.name]),
    );
    await write(stream, XZUFI_HEAD);
    let count = 0;
    for (let skip = 0; ; skip += PAGE) {
      const page = await manager.find(Leistung, {
        where: { status: 'published' },
        relations: LEISTUNG_RELATIONS,
        order: { id: 'ASC' },
        skip,
        take: PAGE,
      });
      for (const leistung of page) {
        const content = { ...contentOf(leistung), internalNotes: null };
        const source = leistung.externalRefSource ?? 'auskunft';
        await write(
          stream,
          xzufiLeistung({
            id: leistung.externalRefId ?? leistung.id,
            source,
            content,
            lebenslagenNames: names,
          }) + '\n',
        );
        count++;
      }
      if (page.length < PAGE) {
        break;
      }
    }
    await write(stream, XZUFI_TAIL);
    await close(stream);
    return count;
  }

  /** Restores a backup into an empty instance (refuses otherwise), keeping every id, version and timestamp. */
  async restore(path: string): Promise<Record<string, number>> {
    const backup = JSON.parse(await readFile(path, 'utf8')) as Record<
      string,
      unknown
    >;
    if (
      backup['format'] !== BACKUP_FORMAT ||
      backup['version'] !== BACKUP_VERSION
    ) {
      throw new Error(
        `Not an Auskunft backup of version ${BACKUP_VERSION} (format "${String(backup['format'])}", version ${String(backup['version'])})`,
      );
    }
    const rows = (name: string) =>
      Array.isArray(backup[name]) ? (backup[name] as Row[]) : [];
    const counts: Record<string, number> = {};
    await this.dataSource.transaction(async (manager) => {
      if (
        (await manager.count(Leistung)) > 0 ||
        (await manager.count(Sachgebiet)) > 0
      ) {
        throw new Error(
          'The instance is not empty: a backup is restored only into an empty instance (start with DEMO_CONTENT=false and a new DATA_DIR or database).',
        );
      }
      const dates = (row: Row, fields: string[]) => {
        const copy = { ...row };
        fields.forEach((field) => {
          if (typeof copy[field] === 'string') {
            copy[field] = new Date(copy[field] as string);
          }
        });
        return copy;
      };
      await this.insertAll(
        manager,
        Standort,
        rows('standorte').map((row) => dates(row, ['createdAt', 'updatedAt'])),
      );
      await this.insertAll(
        manager,
        Sachgebiet,
        rows('sachgebiete').map(({ standortId, ...row }) => ({
          ...dates(row, ['createdAt', 'updatedAt']),
          standort: standortId ? { id: standortId } : null,
        })),
      );
      const lebenslagen = rows('lebenslagen');
      await this.insertAll(
        manager,
        Lebenslage,
        lebenslagen.map(({ parentId: _parent, ...row }) => ({
          ...row,
          parent: null,
        })),
      );
      for (const { id, parentId } of lebenslagen) {
        if (parentId) {
          await manager.update(Lebenslage, id as string, {
            parent: { id: parentId as string },
          });
        }
      }
      for (const { sachgebietIds, ...row } of rows('users')) {
        await manager.insert(User, {
          passwordHash: '!disabled',
          ...dates(row, ['createdAt', 'updatedAt']),
        });
        await this.link(
          manager,
          'user_sachgebiet',
          'userId',
          row['id'] as string,
          'sachgebietId',
          sachgebietIds as string[],
        );
      }
      const leistungIds: string[] = [];
      for (const {
        sachgebietId,
        lebenslageIds,
        standortIds,
        revisions,
        ...row
      } of rows('leistungen')) {
        const id = row['id'] as string;
        await manager.insert(Leistung, {
          ...dates(row, ['createdAt', 'updatedAt']),
          sachgebiet: sachgebietId ? { id: sachgebietId as string } : null,
        });
        await this.link(
          manager,
          'leistung_lebenslage',
          'leistungId',
          id,
          'lebenslageId',
          lebenslageIds as string[],
        );
        await this.link(
          manager,
          'leistung_standort',
          'leistungId',
          id,
          'standortId',
          standortIds as string[],
        );
        await this.insertAll(
          manager,
          LeistungRevision,
          (revisions as Row[]).map((revision) =>
            dates(revision, [
              'createdAt',
              'updatedAt',
              'submittedAt',
              'reviewedAt',
            ]),
          ),
        );
        leistungIds.push(id);
      }
      await this.insertAll(
        manager,
        FeedbackEntity,
        rows('feedback').map((row) => dates(row, ['createdAt', 'answeredAt'])),
      );
      await this.insertAll(
        manager,
        AuditEntryEntity,
        rows('auditEntries').map((row) => dates(row, ['at'])),
      );
      await enqueueIndexUpdate(manager, leistungIds);
      if (this.dataSource.options.type === 'postgres') {
        // Rows were inserted with their ids: move the sequence past them.
        await manager.query(
          `SELECT setval(pg_get_serial_sequence('audit_entry', 'id'), GREATEST((SELECT MAX(id) FROM audit_entry), 1))`,
        );
      }
      for (const name of [
        'standorte',
        'sachgebiete',
        'lebenslagen',
        'users',
        'leistungen',
        'feedback',
        'auditEntries',
      ]) {
        counts[name] = rows(name).length;
      }
    });
    this.outbox.poke();
    return counts;
  }

  private async insertAll(
    manager: EntityManager,
    target: new () => object,
    rows: Row[],
  ) {
    for (let start = 0; start < rows.length; start += 100) {
      const chunk = rows.slice(start, start + 100);
      if (chunk.length > 0) {
        await manager.insert(target, chunk as never);
      }
    }
  }

  private async link(
    manager: EntityManager,
    table: string,
    ownColumn: string,
    ownId: string,
    otherColumn: string,
    otherIds: string[],
  ) {
    for (const otherId of otherIds ?? []) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(table, [ownColumn, otherColumn])
        .values({ [ownColumn]: ownId, [otherColumn]: otherId })
        .execute();
    }
  }
}
