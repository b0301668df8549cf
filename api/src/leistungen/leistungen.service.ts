import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In, Like } from 'typeorm';
import {
  mayActOnSachgebiet,
  type LeistungStatus,
  type Permission,
  type SessionUser,
} from '@auskunft/contracts';
import { conflict, fieldError, notFound } from '../common/api-errors';
import { sanitizeRichText } from '../common/html-sanitizer';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import {
  enqueueIndexUpdate,
  SearchOutboxWorker,
} from '../search/search-outbox.worker';
import { LeistungCreateDto, LeistungUpdateDto } from './dto/leistung-write.dto';
import { Leistung } from './leistung.entity';
import { slugify, uniqueSlug } from './slug';

export const LEISTUNG_RELATIONS = {
  lebenslagen: { parent: true },
  sachgebiet: { standort: true },
  standorte: true,
} as const;

/** Fields that must never be set to null by a partial update. */
const NOT_NULLABLE = [
  'title',
  'shortText',
  'fullText',
  'prerequisites',
  'requiredDocuments',
  'fees',
  'processingTime',
  'deadlines',
  'procedure',
  'legalBasis',
  'forms',
  'onlineServices',
  'furtherLinks',
  'searchTerms',
  'lebenslagen',
  'standorte',
  'status',
] as const;

export interface LeistungListQuery {
  status?: LeistungStatus;
  sachgebiet?: string;
  limit: number;
  offset: number;
}

/** Editors may act only on their own Sachgebiete' Leistungen; admins everywhere. */
export function assertMayAct(
  user: SessionUser,
  permission: Permission,
  sachgebietCode: string | null,
): void {
  if (!mayActOnSachgebiet(user, permission, sachgebietCode)) {
    throw new ForbiddenException(
      sachgebietCode
        ? `Sie sind für das Sachgebiet ${sachgebietCode} nicht zuständig.`
        : 'Nur Administratoren dürfen Leistungen ohne Sachgebiet bearbeiten.',
    );
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } }).driverError
      ?.code ?? (error as { code?: string }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

@Injectable()
export class LeistungenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  async findById(id: string): Promise<Leistung> {
    const leistung = await this.dataSource
      .getRepository(Leistung)
      .findOne({ where: { id }, relations: LEISTUNG_RELATIONS });
    if (!leistung) {
      throw notFound('Leistung', id);
    }
    return leistung;
  }

  /** What citizens may open: published and valid today; everything else is "not found". */
  async findPublishedBySlug(slug: string): Promise<Leistung> {
    const today = new Date().toISOString().slice(0, 10);
    const leistung = await this.dataSource.getRepository(Leistung).findOne({
      where: { slug, status: 'published' },
      relations: LEISTUNG_RELATIONS,
    });
    if (
      !leistung ||
      (leistung.validFrom && leistung.validFrom > today) ||
      (leistung.validTo && leistung.validTo < today)
    ) {
      throw notFound('Leistung', slug);
    }
    return leistung;
  }

  async list(
    query: LeistungListQuery,
  ): Promise<{ items: Leistung[]; total: number }> {
    const builder = this.dataSource
      .getRepository(Leistung)
      .createQueryBuilder('leistung')
      .leftJoinAndSelect('leistung.sachgebiet', 'sachgebiet')
      .orderBy('leistung.title', 'ASC')
      .skip(query.offset)
      .take(query.limit);
    if (query.status) {
      builder.andWhere('leistung.status = :status', { status: query.status });
    }
    if (query.sachgebiet) {
      builder.andWhere(
        new Brackets((where) =>
          where.where('sachgebiet.code = :code', { code: query.sachgebiet }),
        ),
      );
    }
    const [items, total] = await builder.getManyAndCount();
    return { items, total };
  }

  async create(dto: LeistungCreateDto, user: SessionUser): Promise<Leistung> {
    assertMayAct(user, 'leistung:edit', dto.sachgebiet ?? null);
    let id = '';
    await this.write(async (manager) => {
      id = await this.createIn(manager, dto);
    });
    return this.findById(id);
  }

  /** Creates a Leistung inside the caller's transaction (API, demo content, imports) and queues its indexing. */
  async createIn(
    manager: EntityManager,
    dto: LeistungCreateDto,
  ): Promise<string> {
    const id = randomUUID();
    const leistung = manager.create(Leistung, {
      id,
      status: 'draft',
      fullText: '',
      prerequisites: [],
      requiredDocuments: [],
      fees: [],
      processingTime: '',
      deadlines: '',
      procedure: '',
      legalBasis: '',
      forms: [],
      onlineServices: [],
      furtherLinks: [],
      searchTerms: [],
      lebenslagen: [],
      standorte: [],
      sachgebiet: null,
      internalNotes: null,
    });
    await this.apply(manager, leistung, dto);
    if (!dto.slug) {
      leistung.slug = await this.freeSlug(manager, slugify(dto.title));
    }
    await manager.save(leistung);
    await enqueueIndexUpdate(manager, [id]);
    return id;
  }

  async update(
    id: string,
    dto: LeistungUpdateDto,
    user: SessionUser,
  ): Promise<Leistung> {
    await this.write(async (manager) => {
      const leistung = await this.lockedForUpdate(manager, id);
      assertMayAct(user, 'leistung:edit', leistung.sachgebiet?.code ?? null);
      if (dto.sachgebiet !== undefined) {
        assertMayAct(user, 'leistung:edit', dto.sachgebiet);
      }
      if (leistung.version !== dto.version) {
        throw conflict(
          'Die Leistung wurde inzwischen geändert. Bitte neu laden.',
          {
            currentVersion: leistung.version,
            updatedAt: leistung.updatedAt,
          },
        );
      }
      for (const field of NOT_NULLABLE) {
        if ((dto as unknown as Record<string, unknown>)[field] === null) {
          throw fieldError(field, 'must not be null');
        }
      }
      await this.apply(manager, leistung, dto);
      await manager.save(leistung);
      await enqueueIndexUpdate(manager, [id]);
    });
    return this.findById(id);
  }

  async remove(
    id: string,
    user: SessionUser,
    expectedVersion?: number,
  ): Promise<void> {
    await this.write(async (manager) => {
      const leistung = await this.lockedForUpdate(manager, id);
      assertMayAct(user, 'leistung:delete', leistung.sachgebiet?.code ?? null);
      if (
        expectedVersion !== undefined &&
        leistung.version !== expectedVersion
      ) {
        throw conflict(
          'Die Leistung wurde inzwischen geändert. Bitte neu laden.',
          { currentVersion: leistung.version },
        );
      }
      await manager.remove(leistung);
      await enqueueIndexUpdate(manager, [id]);
    });
  }

  /** Runs a write in one transaction, maps unique-key violations to 409 and wakes the indexer after commit. */
  private async write(
    work: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    try {
      await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(
          'slug or externalRef is already used by another Leistung',
        );
      }
      throw error;
    }
    this.outbox.poke();
  }

  private async lockedForUpdate(
    manager: EntityManager,
    id: string,
  ): Promise<Leistung> {
    const postgres = this.dataSource.options.type === 'postgres';
    // SQLite serializes writers itself; PostgreSQL needs the row lock so two saves cannot both pass the version check.
    const locked = await manager.findOne(Leistung, {
      where: { id },
      ...(postgres
        ? { lock: { mode: 'pessimistic_write' as const, tables: ['leistung'] } }
        : {}),
    });
    if (!locked) {
      throw notFound('Leistung', id);
    }
    const leistung = await manager.findOne(Leistung, {
      where: { id },
      relations: LEISTUNG_RELATIONS,
    });
    if (!leistung) {
      throw notFound('Leistung', id);
    }
    return leistung;
  }

  private async freeSlug(
    manager: EntityManager,
    base: string,
  ): Promise<string> {
    const rows = await manager.find(Leistung, {
      select: { slug: true },
      where: { slug: Like(`${base}%`) },
    });
    return uniqueSlug(base, new Set(rows.map((row) => row.slug)));
  }

  /** Copies the given fields onto the entity, resolving references by their business keys. */
  private async apply(
    manager: EntityManager,
    leistung: Leistung,
    dto: Partial<LeistungCreateDto>,
  ): Promise<void> {
    const simple = [
      'slug',
      'leikaKey',
      'title',
      'plainTitle',
      'shortText',
      'prerequisites',
      'requiredDocuments',
      'fees',
      'processingTime',
      'deadlines',
      'procedure',
      'legalBasis',
      'forms',
      'onlineServices',
      'furtherLinks',
      'internalNotes',
      'status',
      'validFrom',
      'validTo',
      'reviewDue',
      'lastReviewedAt',
    ] as const;
    for (const field of simple) {
      if (dto[field] !== undefined) {
        (leistung as unknown as Record<string, unknown>)[field] = dto[field];
      }
    }
    if (dto.fullText !== undefined) {
      leistung.fullText = sanitizeRichText(dto.fullText);
    }
    if (dto.searchTerms !== undefined) {
      leistung.searchTerms = [
        ...new Set(dto.searchTerms.map((term) => term.trim()).filter(Boolean)),
      ];
    }
    if (dto.externalRef !== undefined) {
      leistung.externalRefSource = dto.externalRef?.source ?? null;
      leistung.externalRefId = dto.externalRef?.id ?? null;
    }
    if (
      leistung.validFrom &&
      leistung.validTo &&
      leistung.validTo < leistung.validFrom
    ) {
      throw fieldError('validTo', 'must not be before validFrom');
    }
    if (dto.sachgebiet !== undefined) {
      leistung.sachgebiet =
        dto.sachgebiet === null
          ? null
          : await manager.findOne(Sachgebiet, {
              where: { code: dto.sachgebiet },
            });
      if (dto.sachgebiet !== null && !leistung.sachgebiet) {
        throw fieldError(
          'sachgebiet',
          `unknown Sachgebiet code "${dto.sachgebiet}"`,
        );
      }
    }
    if (dto.lebenslagen !== undefined) {
      leistung.lebenslagen = await this.resolveAll(
        manager,
        Lebenslage,
        'slug',
        dto.lebenslagen,
        'lebenslagen',
      );
    }
    if (dto.standorte !== undefined) {
      leistung.standorte = await this.resolveAll(
        manager,
        Standort,
        'key',
        dto.standorte,
        'standorte',
      );
    }
  }

  private async resolveAll<T extends Lebenslage | Standort>(
    manager: EntityManager,
    entity: new () => T,
    key: 'slug' | 'key',
    values: string[],
    field: string,
  ): Promise<T[]> {
    const unique = [...new Set(values)];
    if (unique.length === 0) {
      return [];
    }
    const found = await manager.find(entity, {
      where: { [key]: In(unique) } as never,
    });
    const byKey = new Map(
      found.map((row) => [
        (row as unknown as Record<string, string>)[key],
        row,
      ]),
    );
    const missing = unique.filter((value) => !byKey.has(value));
    if (missing.length > 0) {
      throw fieldError(field, `unknown: ${missing.join(', ')}`);
    }
    return unique.map((value) => byKey.get(value) as T);
  }
}
