import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  type ContactChannel,
  type ContactOutcome,
  type ControllingSummary,
} from '@auskunft/contracts';
import { DataSource } from 'typeorm';
import { fieldError } from '../common/api-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import {
  ContactDayLeistung,
  ContactDayStat,
} from '../contacts/contact-entry.entity';
import { FeedbackEntity } from '../feedback/feedback.entity';
import { ForwardingEntity } from '../forwardings/forwarding.entity';
import { forwardingStatus } from '../forwardings/forwardings.service';
import { Leistung } from '../leistungen/leistung.entity';
import { SearchQueryStatsService } from '../usage/search-query-stats.service';
import { MissingTopicDay } from '../usage/usage.entities';
import { officeDay, officeDayStart, shiftDay } from '../usage/office-day';
import { isoWeek } from './iso-week';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 400;
const TOP_LIMIT = 10;

type Count = string | number;

/**
 * The controlling figures. Every query groups by day, channel, outcome,
 * Sachgebiet or Leistung; none touches a user, so no figure per agent exists.
 */
@Injectable()
export class ControllingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly searchQueries: SearchQueryStatsService,
  ) {}

  period(
    fromParam: string | undefined,
    toParam: string | undefined,
    now: Date,
  ): { from: string; to: string } {
    const to = toParam ?? officeDay(now);
    const from = fromParam ?? shiftDay(to, 1 - DEFAULT_DAYS);
    if (from > to) {
      throw fieldError('from', 'from darf nicht nach to liegen');
    }
    if (shiftDay(from, MAX_DAYS) < to) {
      throw fieldError('from', `höchstens ${MAX_DAYS} Tage auf einmal`);
    }
    return { from, to };
  }

  async summary(
    fromParam?: string,
    toParam?: string,
    now = new Date(),
  ): Promise<ControllingSummary> {
    const { from, to } = this.period(fromParam, toParam, now);
    const inPeriod = 'c.day >= :from AND c.day <= :to';
    // Daily counts kept with the log (ContactDayStat): a year is a few ten thousand rows.
    const stats = () =>
      this.dataSource
        .getRepository(ContactDayStat)
        .createQueryBuilder('c')
        .where(inPeriod, { from, to });

    const [byDayOutcome, byChannel, bySachgebiet, top] = await Promise.all([
      stats()
        .select('c.day', 'day')
        .addSelect('c.outcome', 'outcome')
        .addSelect('SUM(c.contacts)', 'n')
        .groupBy('c.day')
        .addGroupBy('c.outcome')
        .getRawMany<{ day: string; outcome: ContactOutcome; n: Count }>(),
      stats()
        .select('c.channel', 'channel')
        .addSelect('SUM(c.contacts)', 'n')
        .groupBy('c.channel')
        .getRawMany<{ channel: ContactChannel; n: Count }>(),
      stats()
        .select('c.sachgebietCode', 'code')
        .addSelect('c.outcome', 'outcome')
        .addSelect('SUM(c.contacts)', 'n')
        .groupBy('c.sachgebietCode')
        .addGroupBy('c.outcome')
        .getRawMany<{ code: string; outcome: ContactOutcome; n: Count }>(),
      this.dataSource
        .getRepository(ContactDayLeistung)
        .createQueryBuilder('c')
        .innerJoin(Leistung, 'l', 'l.id = c.leistungId')
        .select('c.leistungId', 'id')
        .addSelect('l.title', 'title')
        .addSelect('SUM(c.contacts)', 'n')
        .where(inPeriod, { from, to })
        .groupBy('c.leistungId')
        .addGroupBy('l.title')
        .orderBy('SUM(c.contacts)', 'DESC')
        .addOrderBy('l.title', 'ASC')
        .limit(TOP_LIMIT)
        .getRawMany<{ id: string; title: string; n: Count }>(),
    ]);

    const byOutcome = Object.fromEntries(
      CONTACT_OUTCOMES.map((outcome) => [outcome, 0]),
    ) as Record<ContactOutcome, number>;
    const days = new Map<
      string,
      { day: string; total: number; settled: number }
    >();
    for (const row of byDayOutcome) {
      const n = Number(row.n);
      byOutcome[row.outcome] = (byOutcome[row.outcome] ?? 0) + n;
      const entry = days.get(row.day) ?? { day: row.day, total: 0, settled: 0 };
      entry.total += n;
      entry.settled += row.outcome === 'settled' ? n : 0;
      days.set(row.day, entry);
    }
    const perDay = [...days.values()].sort((a, b) =>
      a.day.localeCompare(b.day),
    );
    const weeks = new Map<
      string,
      { week: string; total: number; settled: number }
    >();
    for (const day of perDay) {
      const week = isoWeek(day.day);
      const entry = weeks.get(week) ?? { week, total: 0, settled: 0 };
      entry.total += day.total;
      entry.settled += day.settled;
      weeks.set(week, entry);
    }
    const channels = Object.fromEntries(
      CONTACT_CHANNELS.map((channel) => [channel, 0]),
    ) as Record<ContactChannel, number>;
    for (const row of byChannel) {
      channels[row.channel] = Number(row.n);
    }
    const sachgebiete = new Map<
      string | null,
      { code: string | null; total: number; settled: number }
    >();
    for (const row of bySachgebiet) {
      const code = row.code === '' ? null : row.code;
      const entry = sachgebiete.get(code) ?? {
        code,
        total: 0,
        settled: 0,
      };
      entry.total += Number(row.n);
      entry.settled += row.outcome === 'settled' ? Number(row.n) : 0;
      sachgebiete.set(code, entry);
    }
    const total = perDay.reduce((sum, day) => sum + day.total, 0);
    const targetPercent = this.config.operations.firstContactTargetPercent;
    const percent =
      total > 0 ? Math.round((byOutcome.settled / total) * 1000) / 10 : null;

    return {
      from,
      to,
      contacts: {
        total,
        byChannel: channels,
        byOutcome,
        perDay,
        perWeek: [...weeks.values()],
        bySachgebiet: [...sachgebiete.values()].sort(
          (a, b) => b.total - a.total,
        ),
      },
      firstContactResolution: {
        percent,
        targetPercent,
        meetsTarget: percent === null ? null : percent >= targetPercent,
      },
      forwardings: await this.forwardings(from, to, now),
      topLeistungen: top.map((row) => ({
        id: row.id,
        title: row.title,
        contacts: Number(row.n),
      })),
      missingTopics: await this.missingTopics(from, to),
      flaggedLeistungen: await this.flagged(from, to),
      searchQueries: await this.searchQueries.figures(from, to),
    };
  }

  private async forwardings(from: string, to: string, now: Date) {
    const rows = await this.dataSource
      .getRepository(ForwardingEntity)
      .createQueryBuilder('f')
      .select(['f.deadline', 'f.answeredAt', 'f.answeredDay'])
      .where('f.createdDay >= :from AND f.createdDay <= :to', { from, to })
      .getMany();
    const figures = {
      total: rows.length,
      open: 0,
      overdue: 0,
      answeredInTime: 0,
      answeredLate: 0,
    };
    for (const row of rows) {
      const status = forwardingStatus(row, now);
      if (status === 'answered') {
        if ((row.answeredDay ?? '') <= row.deadline) {
          figures.answeredInTime++;
        } else {
          figures.answeredLate++;
        }
      } else {
        figures[status]++;
      }
    }
    return figures;
  }

  private async missingTopics(from: string, to: string) {
    const rows = await this.dataSource
      .getRepository(MissingTopicDay)
      .createQueryBuilder('t')
      .select('t.query', 'query')
      .addSelect('SUM(t.reports)', 'reports')
      .where('t.day >= :from AND t.day <= :to', { from, to })
      .groupBy('t.query')
      .orderBy('SUM(t.reports)', 'DESC')
      .addOrderBy('t.query', 'ASC')
      .limit(TOP_LIMIT)
      .getRawMany<{ query: string; reports: Count }>();
    return rows.map((row) => ({
      query: row.query,
      reports: Number(row.reports),
    }));
  }

  private async flagged(from: string, to: string) {
    // Feedback keeps instants: the period runs from midnight to midnight in Europe/Berlin.
    const start = officeDayStart(from);
    const end = officeDayStart(shiftDay(to, 1));
    const rows = await this.dataSource
      .getRepository(FeedbackEntity)
      .createQueryBuilder('f')
      .innerJoin(Leistung, 'l', 'l.id = f.leistungId')
      .select('f.leistungId', 'id')
      .addSelect('l.title', 'title')
      .addSelect('COUNT(*)', 'n')
      .where('f.createdAt >= :start AND f.createdAt < :end', { start, end })
      .groupBy('f.leistungId')
      .addGroupBy('l.title')
      .orderBy('COUNT(*)', 'DESC')
      .addOrderBy('l.title', 'ASC')
      .limit(TOP_LIMIT)
      .getRawMany<{ id: string; title: string; n: Count }>();
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      reports: Number(row.n),
    }));
  }
}
