import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  In,
  LessThan,
  LessThanOrEqual,
  MoreThan,
} from 'typeorm';
import { Leistung } from '../leistungen/leistung.entity';
import {
  isSearchable,
  toSearchDocuments,
  vocabularyTexts,
} from './search-documents';
import { SearchEngineHost } from './search-engine.host';
import { SearchOutboxEntry } from './search-outbox.entity';

const BATCH_SIZE = 500;
const IDLE_POLL_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/**
 * The outbox row that asks for a full rebuild instead of naming a Leistung. It is a
 * barrier: rows written after it wait until the rebuilt indexes are swapped in, whichever
 * process runs the rebuild (the server's worker or `npm run reindex`), so an edit saved
 * meanwhile is never indexed into an old index that the swap then replaces.
 */
export const REBUILD_REQUEST = '*';
/** How long a claimed rebuild request stays claimed without renewal: a crashed claimer's request is taken over after this. */
const REBUILD_LEASE_MS = 120_000;
const LEASE_RENEWAL_MS = 30_000;
/** How often `npm run reindex` looks whether the server it waits for has finished the rebuild. */
const REBUILD_WAIT_POLL_MS = 1000;
const LEISTUNG_RELATIONS = {
  lebenslagen: true,
  sachgebiet: true,
  standorte: true,
} as const;

/** Writes outbox rows inside the caller's transaction; the worker picks them up after commit. */
export async function enqueueIndexUpdate(
  manager: EntityManager,
  leistungIds: string[],
): Promise<void> {
  // Due at once. With "now", measured: many fresh rows were only picked up by the next
  // one-second poll instead of the drain that the commit triggers (the stored and the
  // compared timestamps do not agree to the millisecond); the epoch is due for certain.
  const now = new Date(0);
  for (let start = 0; start < leistungIds.length; start += BATCH_SIZE) {
    const rows = leistungIds
      .slice(start, start + BATCH_SIZE)
      .map((leistungId) => ({
        leistungId,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
      }));
    await manager.insert(SearchOutboxEntry, rows);
  }
}

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Drains the search outbox into both indexes, retrying with backoff while the
 * engine is unreachable. Each row only names a Leistung; the current database
 * state decides whether it is upserted or removed, so replays are harmless.
 */
@Injectable()
export class SearchOutboxWorker implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchOutboxWorker.name);
  private timer: NodeJS.Timeout | undefined;
  /** When the pending timer fires (epoch ms). */
  private timerDue = 0;
  /** Drains run one after another, never in parallel, whoever asks for them. */
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private indexesReady = false;
  private vocabularyLoaded = false;
  /** Last known reachability of the engine, for the health endpoint. */
  engineUp = false;
  private started = false;
  /** True once the indexes have caught up with the database after start(): the instance is ready. */
  caughtUp = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly host: SearchEngineHost,
  ) {}

  /**
   * Starts processing. Called by the server once start-up work (migrations, demo
   * content) is done, so readiness means the indexes hold that content.
   */
  start(): void {
    this.started = true;
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.queue;
  }

  /** Called after a commit that wrote outbox rows, so changes show up without waiting for the poll. */
  poke(): void {
    this.schedule(0);
  }

  /**
   * Runs a drain after `delayMs`, unless one is already due sooner: the idle poll that
   * a finishing drain schedules must not push back a drain that an edit asked for a
   * moment earlier (measured: 3 of 40 edits waited for the next poll, 1 s later).
   */
  private schedule(delayMs: number) {
    if (this.stopped || !this.started) {
      return;
    }
    const due = Date.now() + delayMs;
    if (this.timer !== undefined && this.timerDue <= due) {
      return;
    }
    clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain().finally(() => this.schedule(IDLE_POLL_MS));
    }, delayMs);
  }

  /** Processes due outbox rows until none are left or the engine fails. */
  drain(): Promise<void> {
    const run = this.queue.then(async () => {
      while (!this.stopped && (await this.processBatch())) {
        // keep going while batches succeed
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async backlog(): Promise<number> {
    return this.dataSource.getRepository(SearchOutboxEntry).count();
  }

  /** Whether the indexes need a rebuild, which is then requested (see REBUILD_REQUEST). */
  private async prepareIndexes(): Promise<boolean> {
    if (this.indexesReady) {
      return false;
    }
    const settingsChanged = await this.host.engine.ensureIndexes();
    if (settingsChanged) {
      // New settings may expect new document fields (the stem fields, say); new synonyms
      // change what the synonym fields hold: rebuild.
      this.logger.log('Search settings changed: rebuilding the indexes');
      await this.requestRebuild();
      this.indexesReady = true;
      return true;
    }
    // Self-healing: an engine whose data was lost (new data dir, restored backup) is rebuilt.
    const expected = await this.dataSource
      .getRepository(Leistung)
      .count({ where: { status: 'published' } });
    const actual = await this.host.engine.documentCount('staff');
    if (expected !== actual) {
      this.logger.warn(
        `Search index holds ${actual} documents, the database ${expected} published Leistungen: rebuilding`,
      );
      await this.requestRebuild();
      this.indexesReady = true;
      return true;
    }
    this.indexesReady = true;
    return false;
  }

  /** Writes a rebuild request unless one is pending already; returns the pending one. */
  private async requestRebuild(): Promise<SearchOutboxEntry> {
    const outbox = this.dataSource.getRepository(SearchOutboxEntry);
    const pending = await outbox.findOne({
      where: { leistungId: REBUILD_REQUEST },
      order: { id: 'ASC' },
    });
    return (
      pending ??
      outbox.save(
        outbox.create({
          leistungId: REBUILD_REQUEST,
          attempts: 0,
          nextAttemptAt: new Date(0),
          lastError: null,
        }),
      )
    );
  }

  /**
   * Claims the rebuild request and runs it; undefined when another process holds it. The
   * claim is a lease renewed while the rebuild runs. Afterwards the request and the
   * rows visible before it are done (the rebuild read the database after them); rows
   * written while it ran wait behind it and are indexed into the new indexes. On
   * failure the request is released for the next drain.
   */
  private async runRebuildRequest(
    request: SearchOutboxEntry,
  ): Promise<number | undefined> {
    const outbox = this.dataSource.getRepository(SearchOutboxEntry);
    const now = Date.now();
    const attempts = request.attempts + 1;
    const claimed = await outbox.update(
      { id: request.id, nextAttemptAt: LessThanOrEqual(new Date(now)) },
      { attempts, nextAttemptAt: new Date(now + REBUILD_LEASE_MS) },
    );
    if (!claimed.affected) {
      return undefined;
    }
    const renewal = setInterval(() => {
      outbox
        .update(request.id, {
          nextAttemptAt: new Date(Date.now() + REBUILD_LEASE_MS),
        })
        .catch(() => undefined);
    }, LEASE_RENEWAL_MS);
    try {
      // The rows the rebuild covers: those visible now. Not simply every id below the
      // request's: on PostgreSQL a transaction still open may hold a lower id and
      // commit after the rebuild read its Leistung.
      const covered = await outbox.find({
        select: { id: true },
        where: { id: LessThan(request.id) },
      });
      const count = await this.rebuild();
      const ids = [request.id, ...covered.map((row) => row.id)];
      for (let start = 0; start < ids.length; start += BATCH_SIZE) {
        await outbox.delete({ id: In(ids.slice(start, start + BATCH_SIZE)) });
      }
      return count;
    } catch (error) {
      // Released: the next drain tries again (a drain stops at a failure, so an engine
      // that stays away is asked once per poll, not in a loop).
      await outbox
        .update(request.id, {
          lastError: (error as Error).message.slice(0, 2000),
          nextAttemptAt: new Date(0),
        })
        .catch(() => undefined);
      throw error;
    } finally {
      clearInterval(renewal);
    }
  }

  private async processBatch(): Promise<boolean> {
    const outbox = this.dataSource.getRepository(SearchOutboxEntry);
    // While a rebuild is requested, no row is indexed on its own: the rows written
    // before the request are covered by the rebuild, the ones after it wait for the
    // rebuilt indexes.
    const request = await outbox.findOne({
      where: { leistungId: REBUILD_REQUEST },
      order: { id: 'ASC' },
    });
    const rows = request
      ? []
      : await outbox.find({
          where: { nextAttemptAt: LessThanOrEqual(new Date()) },
          order: { id: 'ASC' },
          take: BATCH_SIZE,
        });
    try {
      await this.loadVocabulary();
      if (await this.prepareIndexes()) {
        return true;
      }
      if (request && (await this.runRebuildRequest(request)) !== undefined) {
        return true;
      }
      if (rows.length === 0) {
        // Nothing due, or another process rebuilds: the live indexes stay complete.
        this.engineUp = await this.host.engine.isHealthy();
        this.caughtUp ||= this.started && this.engineUp;
        return false;
      }
      const ids = [...new Set(rows.map((row) => row.leistungId))];
      const leistungen = await this.dataSource
        .getRepository(Leistung)
        .find({ where: { id: In(ids) }, relations: LEISTUNG_RELATIONS });
      const searchable = leistungen.filter(isSearchable);
      const searchableIds = new Set(searchable.map((leistung) => leistung.id));
      await this.upsert(searchable);
      await this.host.engine.remove(ids.filter((id) => !searchableIds.has(id)));
      await outbox.delete({ id: In(rows.map((row) => row.id)) });
      this.engineUp = true;
      return true;
    } catch (error) {
      this.engineUp = false;
      const message = (error as Error).message;
      this.logger.warn(`Search index update failed, will retry: ${message}`);
      const now = Date.now();
      for (const row of rows) {
        const attempts = row.attempts + 1;
        await outbox.update(row.id, {
          attempts,
          lastError: message.slice(0, 2000),
          nextAttemptAt: new Date(now + backoffMs(attempts)),
        });
      }
      return false;
    }
  }

  private async upsert(leistungen: Leistung[]): Promise<void> {
    const { vocabulary } = this.host;
    for (const leistung of leistungen) {
      const texts = vocabularyTexts(leistung);
      vocabulary.add(...texts.title, ...texts.text);
    }
    const documents = toSearchDocuments(leistungen, vocabulary);
    await this.host.engine.upsert(documents.staff, documents.public);
  }

  /** Learns the words of every published Leistung once, before the first documents are built. */
  private async loadVocabulary(): Promise<void> {
    if (this.vocabularyLoaded) {
      return;
    }
    const repository = this.dataSource.getRepository(Leistung);
    for (let after = ''; ; ) {
      const page = await repository.find({
        where: { status: 'published', id: MoreThan(after) },
        relations: { lebenslagen: true },
        order: { id: 'ASC' },
        take: BATCH_SIZE,
      });
      if (page.length === 0) {
        break;
      }
      for (const leistung of page) {
        const texts = vocabularyTexts(leistung);
        this.host.vocabulary.add(...texts.title, ...texts.text);
      }
      after = page[page.length - 1].id;
    }
    this.vocabularyLoaded = true;
  }

  /**
   * Rebuilds both indexes from the database (`npm run reindex`); waits for any running
   * drain first. When another process holds the rebuild request (a running server's
   * worker), waits for it to finish instead. Returns the number of Leistungen indexed.
   */
  reindexAll(): Promise<number> {
    const run = this.queue.then(async () => {
      // The swap at the end needs the live indexes (a fresh engine has none yet).
      await this.host.engine.ensureIndexes();
      const outbox = this.dataSource.getRepository(SearchOutboxEntry);
      const request = await this.requestRebuild();
      for (;;) {
        const current = await outbox.findOneBy({ id: request.id });
        if (!current) {
          return this.dataSource
            .getRepository(Leistung)
            .count({ where: { status: 'published' } });
        }
        const count = await this.runRebuildRequest(current);
        if (count !== undefined) {
          return count;
        }
        await new Promise((resolve) =>
          setTimeout(resolve, REBUILD_WAIT_POLL_MS),
        );
      }
    });
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /**
   * Builds both indexes afresh from the database beside the live ones and swaps them in
   * when complete: searches keep the full old indexes meanwhile. Run only for a claimed
   * rebuild request: edits made during the rebuild wait in the outbox behind the request
   * and reach the new indexes after.
   */
  private async rebuild(): Promise<number> {
    await this.host.engine.beginRebuild();
    await this.loadVocabulary();
    const { vocabulary } = this.host;
    const repository = this.dataSource.getRepository(Leistung);
    const tasks: number[] = [];
    let indexed = 0;
    // Pages by id (keyset), sent without waiting: the engine batches them itself.
    for (let after = ''; ; ) {
      const page = await repository.find({
        where: { status: 'published', id: MoreThan(after) },
        relations: LEISTUNG_RELATIONS,
        order: { id: 'ASC' },
        take: BATCH_SIZE,
      });
      if (page.length === 0) {
        break;
      }
      const documents = toSearchDocuments(page, vocabulary);
      tasks.push(
        ...(await this.host.engine.enqueueRebuild(
          documents.staff,
          documents.public,
        )),
      );
      indexed += page.length;
      after = page[page.length - 1].id;
    }
    await this.host.engine.finishRebuild(tasks);
    // Only now: a rebuild that failed half-way (the engine went away) is tried again by
    // the next drain, instead of leaving indexes of the old settings or format behind.
    this.indexesReady = true;
    this.engineUp = true;
    return indexed;
  }
}
