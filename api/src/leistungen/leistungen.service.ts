import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { LeistungStatus, SessionUser } from '@auskunft/contracts';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/api-errors';
import {
  enqueueIndexUpdate,
  SearchOutboxWorker,
} from '../search/search-outbox.worker';
import { LeistungRevision } from '../workflow/leistung-revision.entity';
import { LeistungCreateDto } from './dto/leistung-write.dto';
import { Leistung } from './leistung.entity';
import {
  applyContent,
  assertMayAct,
  emptyContent,
  freeSlug,
  LEISTUNG_RELATIONS,
  mergeContent,
} from './leistung-content';

export interface LeistungListQuery {
  status?: LeistungStatus;
  sachgebiet?: string;
  limit: number;
  offset: number;
}

export function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } }).driverError
      ?.code ?? (error as { code?: string }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

const SYSTEM_NAME = 'System';

/** Reading Leistungen, and the writes that bypass the editorial workflow (demo content, imports, deletion). */
@Injectable()
export class LeistungenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: SearchOutboxWorker,
    private readonly audit: AuditService,
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

  /** The open working copies of these Leistungen, by Leistung id. */
  async workingCopies(ids: string[]): Promise<Map<string, LeistungRevision>> {
    if (ids.length === 0) {
      return new Map();
    }
    const open = await this.dataSource.getRepository(LeistungRevision).find({
      where: { leistungId: In(ids), status: In(['draft', 'in_review']) },
    });
    return new Map(open.map((revision) => [revision.leistungId, revision]));
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
      builder.andWhere('sachgebiet.code = :code', { code: query.sachgebiet });
    }
    const [items, total] = await builder.getManyAndCount();
    return { items, total };
  }

  /**
   * Creates a Leistung outside the editorial workflow (demo content, imports):
   * the content goes live as given and is recorded as released revision 1.
   */
  async createIn(
    manager: EntityManager,
    dto: LeistungCreateDto,
    actor: SessionUser | null = null,
  ): Promise<string> {
    const id = randomUUID();
    const content = await mergeContent(manager, emptyContent(), dto);
    content.slug = dto.slug ?? (await freeSlug(manager, content.title));
    const leistung = manager.create(Leistung, {
      id,
      status: dto.status ?? 'draft',
      reviewDue: dto.reviewDue ?? null,
      lastReviewedAt: dto.lastReviewedAt ?? null,
      externalRefSource: dto.externalRef?.source ?? null,
      externalRefId: dto.externalRef?.id ?? null,
    });
    await applyContent(manager, leistung, content);
    await manager.save(leistung);
    const name = actor ? actor.displayName : SYSTEM_NAME;
    const released = leistung.status === 'published';
    await manager.insert(LeistungRevision, {
      id: randomUUID(),
      leistungId: id,
      number: 1,
      status: released ? 'released' : 'draft',
      content,
      authorId: actor?.id ?? null,
      authorName: name,
      lastEditorName: name,
      contributorIds: actor ? [actor.id] : [],
      changeNote: released ? 'Übernommen' : '',
      reviewerName: released ? name : null,
      reviewedAt: released ? new Date() : null,
      reviewComment: null,
      rejected: false,
      submittedAt: null,
    });
    await this.audit.record(manager, actor, {
      action: 'leistung.create',
      entityType: 'leistung',
      entityId: id,
      entityLabel: content.title,
    });
    await enqueueIndexUpdate(manager, [id]);
    return id;
  }

  async remove(
    id: string,
    user: SessionUser,
    expectedVersion?: number,
  ): Promise<void> {
    await this.write(async (manager) => {
      const leistung = await manager.findOne(Leistung, {
        where: { id },
        relations: LEISTUNG_RELATIONS,
      });
      if (!leistung) {
        throw notFound('Leistung', id);
      }
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
      await this.audit.record(manager, user, {
        action: 'leistung.delete',
        entityType: 'leistung',
        entityId: id,
        entityLabel: leistung.title,
      });
      await enqueueIndexUpdate(manager, [id]);
    });
  }

  /** Runs a write in one transaction, maps unique-key violations to 409 and wakes the indexer after commit. */
  async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(
          'Adresse (slug) oder externe Referenz wird bereits von einer anderen Leistung verwendet.',
          { fields: { slug: ['Diese Adresse ist bereits vergeben.'] } },
        );
      }
      throw error;
    }
    this.outbox.poke();
    return result;
  }
}
