import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  MissingTopic,
  TopLeistung,
  TopLeistungen,
} from '@auskunft/contracts';
import { DataSource, type Repository } from 'typeorm';
import { notFound } from '../common/api-errors';
import { Leistung } from '../leistungen/leistung.entity';
import { normalizeTopic, officeDay, shiftDay } from './office-day';
import { LeistungViewDay, MissingTopicDay } from './usage.entities';

export const DEFAULT_PERIOD_DAYS = 7;
export const DEFAULT_TOP_LIMIT = 10;

/**
 * Counts what agents look up, aggregated per Leistung (or topic) and day.
 * Each count is an insert-if-missing followed by an atomic increment, which
 * needs no upsert dialect and loses no count when two agents click at once.
 */
@Injectable()
export class UsageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get views(): Repository<LeistungViewDay> {
    return this.dataSource.getRepository(LeistungViewDay);
  }

  private get topics(): Repository<MissingTopicDay> {
    return this.dataSource.getRepository(MissingTopicDay);
  }

  private get leistungen(): Repository<Leistung> {
    return this.dataSource.getRepository(Leistung);
  }

  async recordView(leistungId: string, now = new Date()): Promise<void> {
    if (!(await this.leistungen.existsBy({ id: leistungId }))) {
      throw notFound('Leistung', leistungId);
    }
    const day = officeDay(now);
    await this.views
      .createQueryBuilder()
      .insert()
      .values({ leistungId, day, views: 0 })
      .orIgnore()
      .execute();
    await this.views
      .createQueryBuilder()
      .update()
      .set({ views: () => 'views + 1' })
      .where('leistungId = :leistungId AND day = :day', { leistungId, day })
      .execute();
  }

  /** The published Leistungen opened most often in the last `days` office days. */
  async top(
    days = DEFAULT_PERIOD_DAYS,
    limit = DEFAULT_TOP_LIMIT,
    now = new Date(),
  ): Promise<TopLeistungen> {
    const to = officeDay(now);
    const from = shiftDay(to, 1 - days);
    const rows = await this.views
      .createQueryBuilder('v')
      .innerJoin(Leistung, 'l', 'l.id = v.leistungId')
      .select('v.leistungId', 'id')
      .addSelect('l.slug', 'slug')
      .addSelect('l.title', 'title')
      .addSelect('SUM(v.views)', 'views')
      .where('v.day >= :from AND v.day <= :to', { from, to })
      .andWhere('l.status = :published', { published: 'published' })
      .groupBy('v.leistungId')
      .addGroupBy('l.slug')
      .addGroupBy('l.title')
      .orderBy('SUM(v.views)', 'DESC')
      .addOrderBy('l.title', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string; slug: string; title: string; views: string }>();
    const items: TopLeistung[] = rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      // PostgreSQL returns SUM as a string (bigint).
      views: Number(row.views),
    }));
    return { from, to, items };
  }

  async reportMissingTopic(
    query: string,
    now = new Date(),
  ): Promise<MissingTopic> {
    const topic = normalizeTopic(query);
    const day = officeDay(now);
    await this.topics
      .createQueryBuilder()
      .insert()
      .values({ query: topic, day, reports: 0 })
      .orIgnore()
      .execute();
    await this.topics
      .createQueryBuilder()
      .update()
      .set({ reports: () => 'reports + 1' })
      .where('query = :topic AND day = :day', { topic, day })
      .execute();
    const [reported] = await this.missingTopics(
      DEFAULT_PERIOD_DAYS,
      1,
      now,
      topic,
    );
    return reported;
  }

  /** Topics agents missed, most reported first: the editors' to-do list for new Leistungen. */
  async missingTopics(
    days = DEFAULT_PERIOD_DAYS,
    limit = DEFAULT_TOP_LIMIT,
    now = new Date(),
    only?: string,
  ): Promise<MissingTopic[]> {
    const to = officeDay(now);
    const from = shiftDay(to, 1 - days);
    const query = this.topics
      .createQueryBuilder('t')
      .select('t.query', 'query')
      .addSelect('SUM(t.reports)', 'reports')
      .addSelect('MAX(t.day)', 'lastReportedOn')
      .where('t.day >= :from AND t.day <= :to', { from, to });
    if (only !== undefined) {
      query.andWhere('t.query = :only', { only });
    }
    const rows = await query
      .groupBy('t.query')
      .orderBy('SUM(t.reports)', 'DESC')
      .addOrderBy('t.query', 'ASC')
      .limit(limit)
      .getRawMany<{ query: string; reports: string; lastReportedOn: string }>();
    return rows.map((row) => ({
      query: row.query,
      reports: Number(row.reports),
      lastReportedOn: row.lastReportedOn,
    }));
  }
}
