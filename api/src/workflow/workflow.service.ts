import {
  BadRequestException,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CONTENT_FIELDS,
  type LeistungContent,
  type SessionUser,
} from '@auskunft/contracts';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound } from '../common/api-errors';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import type {
  LeistungCreateBodyDto,
  WorkingCopyDto,
} from '../leistungen/dto/leistung-write.dto';
import { Leistung } from '../leistungen/leistung.entity';
import {
  applyContent,
  assertMayAct,
  contentOf,
  emptyContent,
  freeSlug,
  LEISTUNG_RELATIONS,
  mergeContent,
} from '../leistungen/leistung-content';
import { LeistungenService } from '../leistungen/leistungen.service';
import { enqueueIndexUpdate } from '../search/search-outbox.worker';
import { LeistungRevision } from './leistung-revision.entity';
import { addMonths, todayIso } from './review-dates';

const OPEN = ['draft', 'in_review'] as const;

function changedFields(
  before: LeistungContent,
  after: LeistungContent,
): string[] {
  return CONTENT_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/**
 * The editorial workflow: a working copy (revision) is edited, submitted for
 * review, and released by a second person; only then does the live Leistung
 * change. Every transition is audited.
 */
@Injectable()
export class WorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly leistungen: LeistungenService,
    private readonly audit: AuditService,
  ) {}

  /** A new Leistung starts as a draft that nobody but staff can see. */
  async create(dto: LeistungCreateBodyDto, user: SessionUser): Promise<string> {
    assertMayAct(user, 'leistung:edit', dto.sachgebiet ?? null);
    return this.leistungen.write(async (manager) => {
      const id = randomUUID();
      const content = await mergeContent(manager, emptyContent(), dto);
      content.slug = dto.slug ?? (await freeSlug(manager, content.title));
      const leistung = manager.create(Leistung, {
        id,
        status: 'draft',
        reviewDue: null,
        lastReviewedAt: null,
        externalRefSource: null,
        externalRefId: null,
      });
      await applyContent(manager, leistung, content);
      await manager.save(leistung);
      await manager.insert(
        LeistungRevision,
        this.newRevision(id, 1, content, user, dto.changeNote ?? ''),
      );
      await this.audit.record(manager, user, {
        action: 'leistung.create',
        entityType: 'leistung',
        entityId: id,
        entityLabel: content.title,
        fields: [...CONTENT_FIELDS],
      });
      return id;
    });
  }

  async workingCopy(leistungId: string): Promise<LeistungRevision | null> {
    return this.dataSource
      .getRepository(LeistungRevision)
      .findOne({ where: { leistungId, status: In([...OPEN]) } });
  }

  /**
   * Saves the working copy, starting one from the live content when there is none.
   * A save based on a stale version is refused with 409, naming who changed it.
   */
  async save(
    leistungId: string,
    dto: WorkingCopyDto,
    user: SessionUser,
  ): Promise<LeistungRevision> {
    return this.leistungen.write(async (manager) => {
      const leistung = await this.lockLeistung(manager, leistungId);
      assertMayAct(user, 'leistung:edit', leistung.sachgebiet?.code ?? null);
      let revision = await manager.findOne(LeistungRevision, {
        where: { leistungId, status: In([...OPEN]) },
      });
      if (revision && dto.version !== revision.version) {
        throw conflict(
          `Die Arbeitsversion wurde inzwischen von ${revision.lastEditorName} geändert.`,
          {
            currentVersion: revision.version,
            changedBy: revision.lastEditorName,
            changedAt: revision.updatedAt.toISOString(),
          },
        );
      }
      if (!revision && dto.version !== undefined) {
        throw conflict(
          'Die Arbeitsversion wurde inzwischen freigegeben oder verworfen. Bitte neu laden.',
          {
            currentVersion: 0,
            changedBy: null,
            changedAt: null,
          },
        );
      }
      const base = revision?.content ?? contentOf(leistung);
      const content = await mergeContent(
        manager,
        base,
        dto.content,
        'content.',
      );
      if (dto.content.sachgebiet !== undefined) {
        assertMayAct(user, 'leistung:edit', content.sachgebiet);
      }
      if (content.slug !== base.slug) {
        const taken = await manager.findOne(Leistung, {
          where: { slug: content.slug },
        });
        if (taken && taken.id !== leistungId) {
          throw conflict(
            `Die Adresse "${content.slug}" wird bereits von einer anderen Leistung verwendet.`,
            {
              fields: {
                'content.slug': ['Diese Adresse ist bereits vergeben.'],
              },
            },
          );
        }
      }
      if (!revision) {
        revision = manager.create(
          LeistungRevision,
          this.newRevision(
            leistungId,
            await this.nextNumber(manager, leistungId),
            content,
            user,
            dto.changeNote ?? '',
          ),
        );
      } else {
        revision.content = content;
        revision.lastEditorName = user.displayName;
        revision.contributorIds = [
          ...new Set([...revision.contributorIds, user.id]),
        ];
        // Changing a revision under review sends it back to draft: the reviewer must see the final text.
        revision.status = 'draft';
        revision.submittedAt = null;
        if (dto.changeNote !== undefined) {
          revision.changeNote = dto.changeNote;
        }
      }
      const saved = await manager.save(revision);
      await this.audit.record(manager, user, {
        action: 'revision.save',
        entityType: 'leistung',
        entityId: leistungId,
        entityLabel: content.title,
        fields: changedFields(base, content),
      });
      return saved;
    });
  }

  async submit(
    leistungId: string,
    user: SessionUser,
    comment?: string,
  ): Promise<LeistungRevision> {
    return this.transition(
      leistungId,
      user,
      'leistung:edit',
      async (manager, revision) => {
        if (revision.status !== 'draft') {
          throw conflict(
            'Die Arbeitsversion ist bereits zur Prüfung eingereicht.',
          );
        }
        revision.status = 'in_review';
        revision.submittedAt = new Date();
        revision.rejected = false;
        if (comment !== undefined) {
          revision.changeNote = comment;
        }
        await this.audit.record(manager, user, {
          action: 'revision.submit',
          entityType: 'leistung',
          entityId: leistungId,
          entityLabel: revision.content.title,
        });
      },
    );
  }

  /** Four-eyes release: a second person of the same Sachgebiet (or an admin) makes the working copy live. */
  async release(
    leistungId: string,
    user: SessionUser,
    comment?: string,
  ): Promise<LeistungRevision> {
    return this.transition(
      leistungId,
      user,
      'leistung:release',
      async (manager, revision, leistung) => {
        if (revision.status !== 'in_review') {
          throw conflict(
            'Nur eingereichte Arbeitsversionen können freigegeben werden.',
          );
        }
        if (revision.contributorIds.includes(user.id)) {
          throw new ForbiddenException(
            'Eigene Änderungen können nicht selbst freigegeben werden (Vier-Augen-Prinzip).',
          );
        }
        assertMayAct(user, 'leistung:release', revision.content.sachgebiet);
        const before = contentOf(leistung);
        await applyContent(manager, leistung, revision.content);
        const sachgebiet = revision.content.sachgebiet
          ? await manager.findOne(Sachgebiet, {
              where: { code: revision.content.sachgebiet },
            })
          : null;
        const today = todayIso();
        leistung.status = 'published';
        leistung.lastReviewedAt = today;
        leistung.reviewDue = addMonths(
          today,
          sachgebiet?.reviewIntervalMonths ?? 12,
        );
        await manager.save(leistung);
        revision.status = 'released';
        revision.reviewerName = user.displayName;
        revision.reviewedAt = new Date();
        revision.reviewComment = comment ?? null;
        await this.audit.record(manager, user, {
          action: 'revision.release',
          entityType: 'leistung',
          entityId: leistungId,
          entityLabel: revision.content.title,
          fields: changedFields(before, revision.content),
        });
        await enqueueIndexUpdate(manager, [leistungId]);
      },
    );
  }

  /** Sends the working copy back to its author with a reason. */
  async reject(
    leistungId: string,
    user: SessionUser,
    comment?: string,
  ): Promise<LeistungRevision> {
    if (!comment?.trim()) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: ['comment: Bitte begründen Sie die Zurückweisung.'],
        fields: { comment: ['Bitte begründen Sie die Zurückweisung.'] },
      });
    }
    return this.transition(
      leistungId,
      user,
      'leistung:release',
      async (manager, revision) => {
        if (revision.status !== 'in_review') {
          throw conflict(
            'Nur eingereichte Arbeitsversionen können zurückgewiesen werden.',
          );
        }
        if (revision.contributorIds.includes(user.id)) {
          throw new ForbiddenException(
            'Eigene Änderungen können nicht selbst zurückgewiesen werden; bitte bearbeiten oder verwerfen.',
          );
        }
        revision.status = 'draft';
        revision.rejected = true;
        revision.submittedAt = null;
        revision.reviewerName = user.displayName;
        revision.reviewedAt = new Date();
        revision.reviewComment = comment;
        await this.audit.record(manager, user, {
          action: 'revision.reject',
          entityType: 'leistung',
          entityId: leistungId,
          entityLabel: revision.content.title,
        });
      },
    );
  }

  async discard(leistungId: string, user: SessionUser): Promise<void> {
    await this.transition(
      leistungId,
      user,
      'leistung:edit',
      async (manager, revision) => {
        revision.status = 'discarded';
        await this.audit.record(manager, user, {
          action: 'revision.discard',
          entityType: 'leistung',
          entityId: leistungId,
          entityLabel: revision.content.title,
        });
      },
    );
  }

  /** Starts a new working copy from an old revision's content. */
  async restore(
    leistungId: string,
    number: number,
    user: SessionUser,
  ): Promise<LeistungRevision> {
    const old = await this.revision(leistungId, number);
    if (await this.workingCopy(leistungId)) {
      throw conflict(
        'Es gibt bereits eine Arbeitsversion. Bitte zuerst freigeben oder verwerfen.',
      );
    }
    // The address stays as it is now: restoring old text must not break links.
    const content: Partial<LeistungContent> = { ...old.content };
    delete content.slug;
    const revision = await this.save(
      leistungId,
      { content, changeNote: `Wiederhergestellt aus Version ${number}` },
      user,
    );
    return revision;
  }

  /** "Still correct": confirms the live content without changing it and sets the next review date. */
  async confirm(leistungId: string, user: SessionUser): Promise<Leistung> {
    return this.leistungen.write(async (manager) => {
      const leistung = await this.lockLeistung(manager, leistungId);
      assertMayAct(user, 'leistung:confirm', leistung.sachgebiet?.code ?? null);
      const today = todayIso();
      leistung.lastReviewedAt = today;
      leistung.reviewDue = addMonths(
        today,
        leistung.sachgebiet?.reviewIntervalMonths ?? 12,
      );
      await manager.save(leistung);
      await this.audit.record(manager, user, {
        action: 'leistung.confirm',
        entityType: 'leistung',
        entityId: leistungId,
        entityLabel: leistung.title,
        fields: ['lastReviewedAt', 'reviewDue'],
      });
      return leistung;
    });
  }

  /** Takes a Leistung out of search and the public guide, keeping it and its history. */
  async archive(leistungId: string, user: SessionUser): Promise<Leistung> {
    return this.leistungen.write(async (manager) => {
      const leistung = await this.lockLeistung(manager, leistungId);
      assertMayAct(user, 'leistung:delete', leistung.sachgebiet?.code ?? null);
      leistung.status = 'archived';
      await manager.save(leistung);
      await this.audit.record(manager, user, {
        action: 'leistung.archive',
        entityType: 'leistung',
        entityId: leistungId,
        entityLabel: leistung.title,
        fields: ['status'],
      });
      await enqueueIndexUpdate(manager, [leistungId]);
      return leistung;
    });
  }

  async history(leistungId: string): Promise<LeistungRevision[]> {
    await this.leistungen.findById(leistungId);
    return this.dataSource
      .getRepository(LeistungRevision)
      .find({ where: { leistungId }, order: { number: 'DESC' } });
  }

  async revision(
    leistungId: string,
    number: number,
  ): Promise<LeistungRevision> {
    const revision = await this.dataSource
      .getRepository(LeistungRevision)
      .findOne({ where: { leistungId, number } });
    if (!revision) {
      throw notFound('Revision', `${leistungId}/${number}`);
    }
    return revision;
  }

  private async transition(
    leistungId: string,
    user: SessionUser,
    permission: 'leistung:edit' | 'leistung:release',
    change: (
      manager: EntityManager,
      revision: LeistungRevision,
      leistung: Leistung,
    ) => Promise<void>,
  ): Promise<LeistungRevision> {
    return this.leistungen.write(async (manager) => {
      const leistung = await this.lockLeistung(manager, leistungId);
      assertMayAct(user, permission, leistung.sachgebiet?.code ?? null);
      const revision = await manager.findOne(LeistungRevision, {
        where: { leistungId, status: In([...OPEN]) },
      });
      if (!revision) {
        throw conflict('Es gibt keine offene Arbeitsversion.');
      }
      await change(manager, revision, leistung);
      return manager.save(revision);
    });
  }

  private async lockLeistung(
    manager: EntityManager,
    id: string,
  ): Promise<Leistung> {
    if (this.dataSource.options.type === 'postgres') {
      // Serializes concurrent saves of one Leistung so two cannot both pass the version check.
      await manager.findOne(Leistung, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
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

  private async nextNumber(
    manager: EntityManager,
    leistungId: string,
  ): Promise<number> {
    const last = await manager.findOne(LeistungRevision, {
      where: { leistungId },
      order: { number: 'DESC' },
    });
    return (last?.number ?? 0) + 1;
  }

  private newRevision(
    leistungId: string,
    number: number,
    content: LeistungContent,
    user: SessionUser,
    changeNote: string,
  ): Partial<LeistungRevision> {
    return {
      id: randomUUID(),
      leistungId,
      number,
      status: 'draft',
      content,
      authorId: user.id,
      authorName: user.displayName,
      lastEditorName: user.displayName,
      contributorIds: [user.id],
      changeNote,
      submittedAt: null,
      reviewerName: null,
      reviewedAt: null,
      reviewComment: null,
      rejected: false,
    };
  }
}
