import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import {
  hasPermission,
  type Feedback,
  type FeedbackStatus,
  type SessionUser,
} from '@auskunft/contracts';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/api-errors';
import { Leistung } from '../leistungen/leistung.entity';
import { assertMayAct } from '../leistungen/leistung-content';
import type { FeedbackAnswerDto, FeedbackWriteDto } from './feedback.dto';
import { FeedbackEntity } from './feedback.entity';

export interface FeedbackQuery {
  status?: FeedbackStatus;
  /** Only feedback the user reported (agents' "my reports"). */
  mine?: boolean;
  leistungId?: string;
}

/** Agents' reports on Leistungen; answered by the owning Sachgebiet's editors. */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(
    leistungId: string,
    dto: FeedbackWriteDto,
    user: SessionUser,
  ): Promise<Feedback> {
    const leistung = await this.dataSource
      .getRepository(Leistung)
      .findOne({ where: { id: leistungId }, relations: { sachgebiet: true } });
    if (!leistung) {
      throw notFound('Leistung', leistungId);
    }
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(FeedbackEntity, {
        id,
        leistungId,
        kind: dto.kind,
        comment: dto.comment.trim(),
        status: 'open',
        createdById: user.id,
        createdByName: user.displayName,
        answer: null,
        answeredByName: null,
        answeredAt: null,
      });
      await this.audit.record(manager, user, {
        action: 'feedback.create',
        entityType: 'feedback',
        entityId: id,
        entityLabel: leistung.title,
        fields: ['kind', 'comment'],
      });
    });
    return this.get(id);
  }

  async answer(
    id: string,
    dto: FeedbackAnswerDto,
    user: SessionUser,
  ): Promise<Feedback> {
    const feedback = await this.dataSource
      .getRepository(FeedbackEntity)
      .findOne({ where: { id } });
    if (!feedback) {
      throw notFound('Feedback', id);
    }
    const leistung = await this.dataSource.getRepository(Leistung).findOne({
      where: { id: feedback.leistungId },
      relations: { sachgebiet: true },
    });
    assertMayAct(user, 'feedback:answer', leistung?.sachgebiet?.code ?? null);
    if (feedback.status === 'answered') {
      throw conflict('Diese Rückmeldung ist bereits beantwortet.');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(FeedbackEntity, id, {
        status: 'answered',
        answer: dto.answer.trim(),
        answeredByName: user.displayName,
        answeredAt: new Date(),
      });
      await this.audit.record(manager, user, {
        action: 'feedback.answer',
        entityType: 'feedback',
        entityId: id,
        entityLabel: leistung?.title ?? '',
        fields: ['answer', 'status'],
      });
    });
    return this.get(id);
  }

  async get(id: string): Promise<Feedback> {
    const [feedback] = await this.list({}, undefined, [id]);
    if (!feedback) {
      throw notFound('Feedback', id);
    }
    return feedback;
  }

  /**
   * Admins see all feedback; editors the feedback on their Sachgebiete plus their own
   * reports; agents only their own reports (with the answers).
   */
  async list(
    query: FeedbackQuery,
    user?: SessionUser,
    ids?: string[],
  ): Promise<Feedback[]> {
    const builder = this.dataSource
      .getRepository(FeedbackEntity)
      .createQueryBuilder('feedback')
      .innerJoin(Leistung, 'leistung', 'leistung.id = feedback.leistungId')
      .leftJoin('leistung.sachgebiet', 'sachgebiet')
      .select('feedback')
      .addSelect(['leistung.title', 'sachgebiet.code'])
      .orderBy('feedback.createdAt', 'DESC')
      .limit(500);
    if (ids) {
      builder.andWhere('feedback.id IN (:...ids)', { ids });
    }
    if (query.status) {
      builder.andWhere('feedback.status = :status', { status: query.status });
    }
    if (query.leistungId) {
      builder.andWhere('feedback.leistungId = :leistungId', {
        leistungId: query.leistungId,
      });
    }
    // Who may not answer feedback (agents, team leads) sees only their own reports.
    if (user && (query.mine || !hasPermission(user, 'feedback:answer'))) {
      builder.andWhere('feedback.createdById = :userId', { userId: user.id });
    } else if (user && user.role === 'editor') {
      builder.andWhere(
        user.sachgebiete.length > 0
          ? '(sachgebiet.code IN (:...codes) OR feedback.createdById = :userId)'
          : 'feedback.createdById = :userId',
        { codes: user.sachgebiete, userId: user.id },
      );
    }
    const { entities, raw } = await builder.getRawAndEntities<{
      leistung_title: string;
      sachgebiet_code: string | null;
    }>();
    return entities.map((entity, index) => ({
      id: entity.id,
      leistungId: entity.leistungId,
      leistungTitle: raw[index]?.leistung_title ?? '',
      sachgebietCode: raw[index]?.sachgebiet_code ?? null,
      kind: entity.kind,
      comment: entity.comment,
      status: entity.status,
      createdByName: entity.createdByName,
      createdAt: entity.createdAt.toISOString(),
      answer: entity.answer,
      answeredByName: entity.answeredByName,
      answeredAt: entity.answeredAt?.toISOString() ?? null,
    }));
  }

  async openCountByLeistung(
    leistungIds: string[],
  ): Promise<Map<string, number>> {
    if (leistungIds.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource.getRepository(FeedbackEntity).find({
      select: { leistungId: true },
      where: { leistungId: In(leistungIds), status: 'open' },
    });
    const counts = new Map<string, number>();
    rows.forEach((row) =>
      counts.set(row.leistungId, (counts.get(row.leistungId) ?? 0) + 1),
    );
    return counts;
  }
}
