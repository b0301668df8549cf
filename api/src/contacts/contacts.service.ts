import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContactEntry, ContactWrite } from '@auskunft/contracts';
import { randomUUID } from 'node:crypto';
import {
  DataSource,
  LessThan,
  type EntityManager,
  type Repository,
} from 'typeorm';
import { fieldError } from '../common/api-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Leistung } from '../leistungen/leistung.entity';
import { officeDay, shiftDay } from '../usage/office-day';
import {
  ContactDayLeistung,
  ContactDayStat,
  ContactEntryEntity,
} from './contact-entry.entity';

const OFFICE_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour (0–23) of an instant in Europe/Berlin. */
export function officeHour(instant: Date): number {
  return Number(OFFICE_HOUR.format(instant));
}

export function toContactEntry(entity: ContactEntryEntity): ContactEntry {
  return {
    id: entity.id,
    day: entity.day,
    hour: entity.hour,
    channel: entity.channel,
    outcome: entity.outcome,
    leistungId: entity.leistungId,
    topic: entity.topic,
    sachgebietCode: entity.sachgebietCode,
  };
}

/** The contact log: one row per citizen contact, no agent, no citizen, kept for a limited time. */
@Injectable()
export class ContactsService {
  private readonly logger = new Logger(ContactsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get contacts(): Repository<ContactEntryEntity> {
    return this.dataSource.getRepository(ContactEntryEntity);
  }

  /** `sachgebietCode` is for callers that know it without a Leistung (a forwarding). */
  async record(
    body: ContactWrite,
    now = new Date(),
    knownSachgebietCode: string | null = null,
  ): Promise<ContactEntry> {
    const topic = body.topic?.trim() || null;
    let sachgebietCode = knownSachgebietCode;
    if (body.leistungId) {
      const leistung = await this.dataSource.getRepository(Leistung).findOne({
        where: { id: body.leistungId },
        relations: { sachgebiet: true },
      });
      if (!leistung) {
        throw fieldError('leistungId', 'Leistung nicht gefunden');
      }
      sachgebietCode = leistung.sachgebiet?.code ?? sachgebietCode;
    } else if (!topic) {
      throw fieldError(
        'topic',
        'Leistung oder Thema angeben (topic ist ohne leistungId erforderlich)',
      );
    }
    const entity = this.contacts.create({
      id: randomUUID(),
      day: officeDay(now),
      hour: officeHour(now),
      channel: body.channel,
      outcome: body.outcome,
      leistungId: body.leistungId ?? null,
      topic,
      sachgebietCode,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(ContactEntryEntity, entity);
      await this.count(manager, entity);
    });
    return toContactEntry(entity);
  }

  /** Insert-if-missing, then an atomic increment: no upsert dialect, no lost count. */
  private async count(
    manager: EntityManager,
    entity: ContactEntryEntity,
  ): Promise<void> {
    const stat = {
      day: entity.day,
      channel: entity.channel,
      outcome: entity.outcome,
      sachgebietCode: entity.sachgebietCode ?? '',
    };
    await manager
      .createQueryBuilder()
      .insert()
      .into(ContactDayStat)
      .values({ ...stat, contacts: 0 })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .update(ContactDayStat)
      .set({ contacts: () => 'contacts + 1' })
      .where(stat)
      .execute();
    if (!entity.leistungId) {
      return;
    }
    const key = { day: entity.day, leistungId: entity.leistungId };
    await manager
      .createQueryBuilder()
      .insert()
      .into(ContactDayLeistung)
      .values({ ...key, contacts: 0 })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .update(ContactDayLeistung)
      .set({ contacts: () => 'contacts + 1' })
      .where(key)
      .execute();
  }

  /** First office day still kept: entries of earlier days are due for deletion. */
  retentionCutoff(now = new Date()): string {
    return shiftDay(
      officeDay(now),
      -this.config.operations.contactRetentionDays,
    );
  }

  /** Deletes every entry older than CONTACT_RETENTION_DAYS; returns how many. */
  async deleteExpired(now = new Date()): Promise<number> {
    const expired = { day: LessThan(this.retentionCutoff(now)) };
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(ContactEntryEntity, expired);
      await manager.delete(ContactDayStat, expired);
      await manager.delete(ContactDayLeistung, expired);
      return result.affected ?? 0;
    });
  }

  /** Nightly, outside office hours. */
  @Cron('20 2 * * *', { name: 'contact-retention', timeZone: 'Europe/Berlin' })
  async runRetention(): Promise<void> {
    try {
      const deleted = await this.deleteExpired();
      if (deleted > 0) {
        this.logger.log(`Contact log: ${deleted} expired entries deleted`);
      }
    } catch (error) {
      this.logger.error(`Contact log retention failed: ${String(error)}`);
    }
  }
}
