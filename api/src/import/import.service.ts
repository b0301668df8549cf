import { HttpException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { LeistungContent, SessionUser } from '@auskunft/contracts';
import { AuditService } from '../audit/audit.service';
import { flattenValidationErrors } from '../common/api-errors';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import { LeistungContentDto } from '../leistungen/dto/leistung-write.dto';
import { Leistung } from '../leistungen/leistung.entity';
import {
  applyContent,
  contentOf,
  emptyContent,
  freeSlug,
  LEISTUNG_RELATIONS,
  mergeContent,
} from '../leistungen/leistung-content';
import { LeistungenService } from '../leistungen/leistungen.service';
import {
  enqueueIndexUpdate,
  SearchOutboxWorker,
} from '../search/search-outbox.worker';
import { LeistungRevision } from '../workflow/leistung-revision.entity';
import { addMonths, todayIso } from '../workflow/review-dates';
import { cleanImportedContent, type KnownKeys } from './import-cleaning';
import type {
  ImportedLeistung,
  ImportedStandort,
  ImportItem,
  ImportReport,
} from './import-types';

export interface ImportOptions {
  format: string;
  /** New and changed Leistungen go live at once (otherwise: drafts and working copies for review). */
  publish: boolean;
  /** Validate and count, write nothing. */
  dryRun: boolean;
  /** Replace local additions (internal notes, Sachgebiet, Lebenslagen, extra search terms) with the file's content. */
  overwriteLocal?: boolean;
  actor: SessionUser | null;
  onProgress?: (report: ImportReport) => void;
}

class DryRunRollback extends Error {}

const SAME = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Runs an import: every record in its own transaction, so a bad record is
 * rejected with its reason and never half-written, and the run goes on.
 * Records are matched by externalRef; re-importing the same file changes nothing.
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly leistungen: LeistungenService,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  async run(
    items: AsyncIterable<ImportItem>,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const started = Date.now();
    const report: ImportReport = {
      format: options.format,
      dryRun: options.dryRun,
      published: options.publish,
      handled: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: [],
      warnings: [],
      standorte: { created: 0, updated: 0, unchanged: 0 },
      durationMs: 0,
    };
    const known: KnownKeys = {
      standorte: new Set(
        (
          await this.dataSource
            .getRepository(Standort)
            .find({ select: { key: true } })
        ).map((row) => row.key),
      ),
      lebenslagen: new Set(
        (
          await this.dataSource
            .getRepository(Lebenslage)
            .find({ select: { slug: true } })
        ).map((row) => row.slug),
      ),
      sachgebiete: new Set(
        (
          await this.dataSource
            .getRepository(Sachgebiet)
            .find({ select: { code: true } })
        ).map((row) => row.code),
      ),
    };
    const dryRunStandorte = new Set<string>();
    try {
      for await (const item of items) {
        if (item.kind === 'standort') {
          const outcome = await this.importStandort(
            item.standort,
            options.dryRun,
          );
          report.standorte[outcome]++;
          known.standorte.add(item.standort.key);
          if (options.dryRun && outcome === 'created') {
            dryRunStandorte.add(item.standort.key);
          }
          continue;
        }
        report.handled++;
        if (item.kind === 'invalid') {
          report.rejected.push({ record: item.label, reason: item.reason });
        } else {
          await this.importLeistung(
            item.leistung,
            options,
            report,
            known,
            dryRunStandorte,
          );
        }
        if (report.handled % 100 === 0) {
          options.onProgress?.({ ...report, durationMs: Date.now() - started });
        }
        if (report.handled % 500 === 0) {
          this.outbox.poke();
        }
      }
    } catch (error) {
      // A file that cannot be read on (broken JSON/XML) ends the run; what was imported stays.
      report.rejected.push({
        record: `nach Datensatz ${report.handled}`,
        reason: `Datei nicht lesbar: ${(error as Error).message}`,
      });
    }
    report.durationMs = Date.now() - started;
    this.outbox.poke();
    return report;
  }

  private async importStandort(
    standort: ImportedStandort,
    dryRun: boolean,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const repository = this.dataSource.getRepository(Standort);
    const existing = await repository.findOne({ where: { key: standort.key } });
    if (!existing) {
      if (!dryRun) {
        await repository.insert({
          ...standort,
          id: randomUUID(),
          accessibility: '',
        });
      }
      return 'created';
    }
    // Opening hours are kept when the source has none: offices often maintain them locally.
    const incoming = {
      ...standort,
      openingHours: Object.values(standort.openingHours).some(
        (ranges) => ranges.length,
      )
        ? standort.openingHours
        : existing.openingHours,
    };
    const changed = (Object.keys(incoming) as (keyof ImportedStandort)[]).some(
      (field) => !SAME(existing[field], incoming[field]),
    );
    if (!changed) {
      return 'unchanged';
    }
    if (!dryRun) {
      await repository.update(existing.id, incoming);
    }
    return 'updated';
  }

  private async importLeistung(
    imported: ImportedLeistung,
    options: ImportOptions,
    report: ImportReport,
    known: KnownKeys,
    dryRunStandorte: Set<string>,
  ): Promise<void> {
    const { content: cleaned, warnings } = cleanImportedContent(
      imported.content,
      known,
    );
    if (options.dryRun) {
      cleaned.standorte = (cleaned.standorte ?? []).filter(
        (key) => !dryRunStandorte.has(key),
      );
    }
    const dto = plainToInstance(LeistungContentDto, cleaned);
    const errors = await validate(dto, {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length > 0) {
      const fields = flattenValidationErrors(errors);
      report.rejected.push({
        record: imported.label,
        reason: Object.entries(fields)
          .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
          .join('; '),
      });
      return;
    }
    try {
      const outcome = await this.dataSource.transaction(async (manager) => {
        const result = await this.upsert(manager, imported, dto, options);
        if (options.dryRun) {
          throw new DryRunRollback(result);
        }
        return result;
      });
      report[outcome]++;
      warnings.forEach((message) =>
        report.warnings.push({ record: imported.label, message }),
      );
    } catch (error) {
      if (error instanceof DryRunRollback) {
        report[error.message as 'created' | 'updated' | 'unchanged']++;
        warnings.forEach((message) =>
          report.warnings.push({ record: imported.label, message }),
        );
        return;
      }
      const reason =
        error instanceof HttpException
          ? JSON.stringify(
              (error.getResponse() as { fields?: unknown; message?: unknown })
                .fields ??
                (error.getResponse() as { message?: unknown }).message,
            )
          : (error as Error).message;
      if (!(error instanceof HttpException)) {
        this.logger.warn(`Import of "${imported.label}" failed: ${reason}`);
      }
      report.rejected.push({ record: imported.label, reason });
    }
  }

  private async upsert(
    manager: EntityManager,
    imported: ImportedLeistung,
    dto: LeistungContentDto,
    options: ImportOptions,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const existing = await manager.findOne(Leistung, {
      where: {
        externalRefSource: imported.externalRef.source,
        externalRefId: imported.externalRef.id,
      },
      relations: LEISTUNG_RELATIONS,
    });
    const fromFile = await mergeContent(manager, emptyContent(), dto);
    if (!existing) {
      const id = await this.leistungen.createIn(
        manager,
        {
          ...dto,
          slug: await freeSlug(manager, fromFile.title),
          status: options.publish ? 'published' : 'draft',
          externalRef: imported.externalRef,
          ...(options.publish
            ? {
                lastReviewedAt: todayIso(),
                reviewDue: addMonths(todayIso(), 12),
              }
            : {}),
        },
        options.actor,
      );
      await manager.update(Leistung, id, {
        lastImport: { ...fromFile, slug: '' },
      });
      return 'created';
    }
    const current = contentOf(existing);
    const target = this.withLocalAdditions(
      fromFile,
      current,
      existing.lastImport,
      options.overwriteLocal ?? false,
    );
    if (
      SAME(target, current) &&
      (existing.status === 'published' || !options.publish)
    ) {
      if (!SAME(existing.lastImport, { ...fromFile, slug: '' })) {
        await manager.update(Leistung, existing.id, {
          lastImport: { ...fromFile, slug: '' },
        });
      }
      return 'unchanged';
    }
    if (options.publish) {
      await applyContent(manager, existing, target);
      existing.status = 'published';
      existing.lastImport = { ...fromFile, slug: '' };
      await manager.save(existing);
      await this.recordRevision(
        manager,
        existing.id,
        target,
        options.actor,
        'released',
      );
      await enqueueIndexUpdate(manager, [existing.id]);
    } else {
      const open = await manager.findOne(LeistungRevision, {
        where: { leistungId: existing.id, status: 'draft' },
      });
      if (open && !open.changeNote.startsWith('Import')) {
        throw new Error(
          'Es gibt eine offene Arbeitsversion; bitte erst freigeben oder verwerfen.',
        );
      }
      if (open) {
        open.content = target;
        await manager.save(open);
      } else {
        await this.recordRevision(
          manager,
          existing.id,
          target,
          options.actor,
          'draft',
        );
      }
      await manager.update(Leistung, existing.id, {
        lastImport: { ...fromFile, slug: '' },
      });
    }
    await this.audit.record(manager, options.actor, {
      action: 'leistung.import',
      entityType: 'leistung',
      entityId: existing.id,
      entityLabel: target.title,
      fields: (Object.keys(target) as (keyof LeistungContent)[]).filter(
        (field) => !SAME(target[field], current[field]),
      ),
    });
    return 'updated';
  }

  /** Keeps what the office added locally unless told otherwise. */
  private withLocalAdditions(
    fromFile: LeistungContent,
    current: LeistungContent,
    lastImport: LeistungContent | null,
    overwrite: boolean,
  ): LeistungContent {
    if (overwrite) {
      return { ...fromFile, slug: current.slug };
    }
    const localTerms = current.searchTerms.filter(
      (term) => !(lastImport?.searchTerms ?? []).includes(term),
    );
    const localStandorte = current.standorte.filter(
      (key) => !(lastImport?.standorte ?? []).includes(key),
    );
    return {
      ...fromFile,
      slug: current.slug,
      internalNotes: current.internalNotes ?? fromFile.internalNotes,
      sachgebiet: current.sachgebiet ?? fromFile.sachgebiet,
      lebenslagen:
        current.lebenslagen.length > 0
          ? current.lebenslagen
          : fromFile.lebenslagen,
      searchTerms: [...new Set([...fromFile.searchTerms, ...localTerms])],
      standorte: [...new Set([...fromFile.standorte, ...localStandorte])],
    };
  }

  private async recordRevision(
    manager: EntityManager,
    leistungId: string,
    content: LeistungContent,
    actor: SessionUser | null,
    status: 'released' | 'draft',
  ) {
    const last = await manager.findOne(LeistungRevision, {
      where: { leistungId },
      order: { number: 'DESC' },
    });
    const name = actor?.displayName ?? 'Import';
    await manager.insert(LeistungRevision, {
      id: randomUUID(),
      leistungId,
      number: (last?.number ?? 0) + 1,
      status,
      content,
      authorId: actor?.id ?? null,
      authorName: name,
      lastEditorName: name,
      contributorIds: actor ? [actor.id] : [],
      changeNote: 'Import',
      reviewerName: status === 'released' ? name : null,
      reviewedAt: status === 'released' ? new Date() : null,
      reviewComment:
        status === 'released' ? 'Beim Import veröffentlicht' : null,
      rejected: false,
      submittedAt: null,
    });
  }
}
