import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { SessionUser } from '@auskunft/contracts';
import { AuditService } from '../audit/audit.service';
import {
  conflict,
  fieldError,
  notFound,
  sentFields,
} from '../common/api-errors';
import { ForwardingEntity } from '../forwardings/forwarding.entity';
import { Leistung } from '../leistungen/leistung.entity';
import { isUniqueViolation } from '../leistungen/leistungen.service';
import {
  enqueueIndexUpdate,
  SearchOutboxWorker,
} from '../search/search-outbox.worker';
import type {
  LebenslagePatchDto,
  LebenslageWriteDto,
  SachgebietPatchDto,
  SachgebietWriteDto,
  StandortPatchDto,
  StandortWriteDto,
} from './catalog-write.dto';
import { Lebenslage } from './lebenslage.entity';
import { Sachgebiet } from './sachgebiet.entity';
import { Standort } from './standort.entity';

type Entity = Sachgebiet | Standort | Lebenslage;

/** Admins maintain Sachgebiete, Standorte and Lebenslagen; renames reach the search indexes. */
@Injectable()
export class CatalogAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  createSachgebiet(
    dto: SachgebietWriteDto,
    user: SessionUser,
  ): Promise<Sachgebiet> {
    return this.write(
      user,
      'sachgebiet',
      async (manager) => {
        const sachgebiet = manager.create(Sachgebiet, {
          id: randomUUID(),
          department: '',
          phone: '',
          email: '',
          room: '',
          forwardingEmail: '',
          answerDeadlineDays: 1,
          reviewIntervalMonths: 12,
          internalPhone: null,
          standort: null,
        });
        await this.applySachgebiet(manager, sachgebiet, dto);
        return manager.save(sachgebiet);
      },
      Object.keys(sentFields(dto)),
    );
  }

  updateSachgebiet(
    id: string,
    dto: SachgebietPatchDto,
    user: SessionUser,
  ): Promise<Sachgebiet> {
    return this.write(
      user,
      'sachgebiet',
      async (manager) => {
        const sachgebiet = await this.find(manager, Sachgebiet, id);
        await this.applySachgebiet(manager, sachgebiet, dto);
        const saved = await manager.save(sachgebiet);
        await this.reindexWhere(manager, 'leistung.sachgebietId = :id', id);
        return saved;
      },
      Object.keys(sentFields(dto)),
    );
  }

  createStandort(dto: StandortWriteDto, user: SessionUser): Promise<Standort> {
    return this.write(
      user,
      'standort',
      (manager) =>
        manager.save(
          manager.create(Standort, {
            street: '',
            postalCode: '',
            city: '',
            phone: '',
            email: '',
            exceptions: [],
            accessibility: '',
            appointmentUrl: null,
            ...sentFields(dto),
            id: randomUUID(),
          }),
        ),
      Object.keys(sentFields(dto)),
    );
  }

  updateStandort(
    id: string,
    dto: StandortPatchDto,
    user: SessionUser,
  ): Promise<Standort> {
    return this.write(
      user,
      'standort',
      async (manager) => {
        const standort = await this.find(manager, Standort, id);
        Object.assign(standort, sentFields(dto));
        const saved = await manager.save(standort);
        await this.reindexWhere(
          manager,
          'leistung.id IN (SELECT "leistungId" FROM leistung_standort WHERE "standortId" = :id)',
          id,
        );
        return saved;
      },
      Object.keys(sentFields(dto)),
    );
  }

  createLebenslage(
    dto: LebenslageWriteDto,
    user: SessionUser,
  ): Promise<Lebenslage> {
    return this.write(
      user,
      'lebenslage',
      async (manager) => {
        const lebenslage = manager.create(Lebenslage, {
          id: randomUUID(),
          description: '',
          parent: null,
        });
        await this.applyLebenslage(manager, lebenslage, dto);
        return manager.save(lebenslage);
      },
      Object.keys(sentFields(dto)),
    );
  }

  updateLebenslage(
    id: string,
    dto: LebenslagePatchDto,
    user: SessionUser,
  ): Promise<Lebenslage> {
    return this.write(
      user,
      'lebenslage',
      async (manager) => {
        const lebenslage = await this.find(manager, Lebenslage, id, {
          parent: true,
        });
        await this.applyLebenslage(manager, lebenslage, dto);
        const saved = await manager.save(lebenslage);
        await this.reindexWhere(
          manager,
          'leistung.id IN (SELECT "leistungId" FROM leistung_lebenslage WHERE "lebenslageId" = :id)',
          id,
        );
        return saved;
      },
      Object.keys(sentFields(dto)),
    );
  }

  /** Refuses while Leistungen (or forwardings, users, child Lebenslagen) still point to the entry, so nothing is orphaned silently. */
  async remove(
    kind: 'sachgebiet' | 'standort' | 'lebenslage',
    id: string,
    user: SessionUser,
  ): Promise<void> {
    await this.write(
      user,
      kind,
      async (manager) => {
        const target =
          kind === 'sachgebiet'
            ? Sachgebiet
            : kind === 'standort'
              ? Standort
              : Lebenslage;
        const entity = await this.find(manager, target as new () => Entity, id);
        const references =
          kind === 'sachgebiet'
            ? (await manager.count(Leistung, {
                where: { sachgebiet: { id } },
              })) +
              (await manager.count(ForwardingEntity, {
                where: { sachgebiet: { id } },
              }))
            : kind === 'standort'
              ? (await manager.count(Leistung, {
                  where: { standorte: { id } },
                })) +
                (await manager.count(Sachgebiet, {
                  where: { standort: { id } },
                }))
              : (await manager.count(Leistung, {
                  where: { lebenslagen: { id } },
                })) +
                (await manager.count(Lebenslage, {
                  where: { parent: { id } },
                }));
        if (references > 0) {
          throw conflict(
            `Der Eintrag wird noch verwendet (${references}×) und kann nicht gelöscht werden.`,
          );
        }
        await manager.remove(entity);
        // remove() clears the id; the audit entry needs it.
        entity.id = id;
        return entity;
      },
      [],
      'delete',
    );
  }

  private async write<T extends Entity>(
    user: SessionUser,
    kind: string,
    work: (manager: EntityManager) => Promise<T>,
    fields: string[],
    action: 'write' | 'delete' = 'write',
  ): Promise<T> {
    let result: T;
    try {
      result = await this.dataSource.transaction(async (manager) => {
        const saved = await work(manager);
        const label =
          'code' in saved ? `${saved.code} ${saved.name}` : saved.name;
        await this.audit.record(manager, user, {
          action: `${kind}.${action}`,
          entityType: kind,
          entityId: saved.id ?? '',
          entityLabel: label,
          fields,
        });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(
          'Kennung (Code, Schlüssel oder Slug) ist bereits vergeben.',
        );
      }
      throw error;
    }
    this.outbox.poke();
    return result;
  }

  private async find<T extends Entity>(
    manager: EntityManager,
    target: new () => T,
    id: string,
    relations?: Record<string, boolean>,
  ): Promise<T> {
    const entity = await manager.findOne(target, {
      where: { id } as never,
      relations: relations as never,
    });
    if (!entity) {
      throw notFound(target.name, id);
    }
    return entity;
  }

  /** Display names live in the index documents; a rename must reach them. */
  private async reindexWhere(
    manager: EntityManager,
    condition: string,
    id: string,
  ) {
    const rows = await manager
      .getRepository(Leistung)
      .createQueryBuilder('leistung')
      .select('leistung.id', 'id')
      .where(condition, { id })
      .getRawMany<{ id: string }>();
    await enqueueIndexUpdate(
      manager,
      rows.map((row) => row.id),
    );
  }

  private async applySachgebiet(
    manager: EntityManager,
    sachgebiet: Sachgebiet,
    dto: SachgebietPatchDto,
  ) {
    const { standort, ...fields } = dto;
    Object.assign(sachgebiet, sentFields(fields));
    if (standort !== undefined) {
      sachgebiet.standort = standort
        ? await manager.findOne(Standort, { where: { key: standort } })
        : null;
      if (standort && !sachgebiet.standort) {
        throw fieldError('standort', `unknown Standort "${standort}"`);
      }
    }
  }

  private async applyLebenslage(
    manager: EntityManager,
    lebenslage: Lebenslage,
    dto: LebenslagePatchDto,
  ) {
    const { parent, ...fields } = dto;
    Object.assign(lebenslage, sentFields(fields));
    if (parent !== undefined) {
      lebenslage.parent = parent
        ? await manager.findOne(Lebenslage, { where: { slug: parent } })
        : null;
      if (parent && !lebenslage.parent) {
        throw fieldError('parent', `unknown Lebenslage "${parent}"`);
      }
      if (lebenslage.parent?.id === lebenslage.id) {
        throw fieldError('parent', 'a Lebenslage cannot be its own parent');
      }
    }
  }
}
