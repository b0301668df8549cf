import { ForbiddenException, Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  mayActOnSachgebiet,
  type Forwarding,
  type ForwardingByToken,
  type ForwardingStatus,
  type ForwardingWrite,
  type SessionUser,
} from '@auskunft/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  DataSource,
  In,
  IsNull,
  LessThan,
  Not,
  type Repository,
} from 'typeorm';
import { conflict, fieldError, notFound } from '../common/api-errors';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContactsService } from '../contacts/contacts.service';
import { Leistung } from '../leistungen/leistung.entity';
import { MailService } from '../mail/mail.service';
import { officeDay } from '../usage/office-day';
import { ForwardingEntity } from './forwarding.entity';
import { HolidayCalendar } from './working-days';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The token in a forwarding mail's answer link (…/weiterleitungen/<token>/erledigt). */
const ANSWER_LINK_TOKEN = /\/weiterleitungen\/([\w-]+)\/erledigt/;
/** Ids per IN (…) query: well below SQLite's and PostgreSQL's parameter limits. */
const IN_CHUNK = 500;
const LIST_LIMIT = 200;

function germanDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

export function forwardingStatus(
  entity: Pick<ForwardingEntity, 'answeredAt' | 'deadline'>,
  now: Date,
): ForwardingStatus {
  if (entity.answeredAt) {
    return 'answered';
  }
  return officeDay(now) > entity.deadline ? 'overdue' : 'open';
}

/**
 * Weiterleitungen: the concern goes by mail to the Sachgebiet with a deadline in
 * working days; the Sachgebiet marks it answered by the mail's link or in the app.
 * Every method takes the clock as a parameter so deadlines and retention are testable.
 */
@Injectable()
export class ForwardingsService {
  private readonly logger = new Logger(ForwardingsService.name);
  readonly calendar: HolidayCalendar;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contacts: ContactsService,
    private readonly mail: MailService,
  ) {
    this.calendar = new HolidayCalendar(config.operations.holidayState);
  }

  private get forwardings(): Repository<ForwardingEntity> {
    return this.dataSource.getRepository(ForwardingEntity);
  }

  toForwarding(entity: ForwardingEntity, now = new Date()): Forwarding {
    return {
      id: entity.id,
      sachgebietCode: entity.sachgebiet.code,
      sachgebietName: entity.sachgebiet.name,
      leistungId: entity.leistungId,
      concern: entity.concern,
      callbackName: entity.callbackName,
      callbackContact: entity.callbackContact,
      createdAt: entity.createdAt.toISOString(),
      deadline: entity.deadline,
      status: forwardingStatus(entity, now),
      answeredAt: entity.answeredAt?.toISOString() ?? null,
      answeredInTime: entity.answeredDay
        ? entity.answeredDay <= entity.deadline
        : null,
      mailSent: entity.mailSentAt !== null,
      personalDataErased: entity.personalDataErasedAt !== null,
    };
  }

  private async responsibleSachgebiet(
    body: ForwardingWrite,
  ): Promise<{ sachgebiet: Sachgebiet; leistung: Leistung | null }> {
    let leistung: Leistung | null = null;
    if (body.leistungId) {
      leistung = await this.dataSource.getRepository(Leistung).findOne({
        where: { id: body.leistungId },
        relations: { sachgebiet: true },
      });
      if (!leistung) {
        throw fieldError('leistungId', 'Leistung nicht gefunden');
      }
    }
    const code = body.sachgebietCode?.trim() || leistung?.sachgebiet?.code;
    if (!code) {
      throw fieldError(
        'sachgebietCode',
        'Sachgebiet angeben (die Leistung hat keines)',
      );
    }
    const sachgebiet = await this.dataSource
      .getRepository(Sachgebiet)
      .findOneBy({ code });
    if (!sachgebiet) {
      throw fieldError('sachgebietCode', `Sachgebiet „${code}“ gibt es nicht`);
    }
    if (!(sachgebiet.forwardingEmail || sachgebiet.email)) {
      throw fieldError(
        'sachgebietCode',
        `Sachgebiet „${code}“ hat keine E-Mail-Adresse für Weiterleitungen`,
      );
    }
    return { sachgebiet, leistung };
  }

  /** The promise in working days: the Sachgebiet's own, else FORWARDING_DEFAULT_DAYS. */
  promiseDays(sachgebiet: Sachgebiet): number {
    return sachgebiet.answerDeadlineDays > 0
      ? sachgebiet.answerDeadlineDays
      : this.config.operations.forwardingDefaultDays;
  }

  async create(body: ForwardingWrite, now = new Date()): Promise<Forwarding> {
    const { sachgebiet, leistung } = await this.responsibleSachgebiet(body);
    const createdDay = officeDay(now);
    const entity = this.forwardings.create({
      id: randomUUID(),
      token: randomBytes(32).toString('base64url'),
      sachgebiet,
      leistungId: leistung?.id ?? null,
      concern: body.concern.trim(),
      callbackName: body.callbackName.trim(),
      callbackContact: body.callbackContact.trim(),
      createdAt: now,
      createdDay,
      deadline: this.calendar.addWorkingDays(
        createdDay,
        this.promiseDays(sachgebiet),
      ),
      answeredAt: null,
      answeredDay: null,
      mailSentAt: null,
      remindedDay: null,
      personalDataErasedAt: null,
    });
    await this.forwardings.insert(entity);
    await this.contacts.record(
      {
        channel: body.channel ?? 'phone',
        outcome: 'forwarded',
        leistungId: leistung?.id,
        topic: leistung ? undefined : `Weiterleitung an ${sachgebiet.name}`,
      },
      now,
      sachgebiet.code,
    );
    // The forwarding is kept even if the mail fails; the list shows it unsent.
    try {
      await this.mail.send(this.forwardingMail(entity, leistung), now);
      entity.mailSentAt = now;
      await this.forwardings.update(entity.id, { mailSentAt: now });
    } catch (error) {
      this.logger.error(
        `Forwarding ${entity.id}: mail to ${sachgebiet.code} failed: ${String(error)}`,
      );
    }
    return this.toForwarding(entity, now);
  }

  answerLink(token: string): string {
    return `${this.config.operations.appUrl}/weiterleitungen/${token}/erledigt`;
  }

  private forwardingMail(entity: ForwardingEntity, leistung: Leistung | null) {
    const deadline = germanDate(entity.deadline);
    return {
      to: entity.sachgebiet.forwardingEmail || entity.sachgebiet.email,
      reference: entity.id,
      subject: `Weiterleitung aus dem Bürgerservice – Antwort bis ${deadline}`,
      text: [
        `Guten Tag,`,
        ``,
        `der Bürgerservice leitet Ihnen ein Anliegen weiter. Bitte rufen Sie zurück oder antworten Sie bis ${deadline} (Ende des Arbeitstages).`,
        ``,
        `Anliegen:`,
        entity.concern,
        ...(leistung ? [``, `Leistung: ${leistung.title}`] : []),
        ``,
        `Rückruf an: ${entity.callbackName}, ${entity.callbackContact}`,
        ``,
        `Wenn das Anliegen beantwortet ist, bestätigen Sie es bitte hier:`,
        this.answerLink(entity.token),
        ``,
        `Die Kontaktdaten werden ${this.config.operations.forwardingPiiRetentionDays} Tage nach der Antwort gelöscht.`,
      ].join('\n'),
    };
  }

  async list(
    status: ForwardingStatus | undefined,
    now = new Date(),
  ): Promise<Forwarding[]> {
    const rows = await this.forwardings.find({
      where:
        status === 'answered'
          ? { answeredAt: Not(IsNull()) }
          : status
            ? { answeredAt: IsNull() }
            : {},
      order: { createdAt: 'DESC' },
      take: LIST_LIMIT,
    });
    return rows
      .map((row) => this.toForwarding(row, now))
      .filter((row) => !status || row.status === status);
  }

  async markAnswered(
    id: string,
    user: SessionUser,
    now = new Date(),
  ): Promise<Forwarding> {
    const entity = await this.forwardings.findOneBy({ id });
    if (!entity) {
      throw notFound('Weiterleitung', id);
    }
    if (
      !mayActOnSachgebiet(user, 'forwarding:answer', entity.sachgebiet.code)
    ) {
      throw new ForbiddenException(
        'Nur das zuständige Sachgebiet kann die Weiterleitung als beantwortet markieren',
      );
    }
    if (entity.answeredAt) {
      throw conflict('Die Weiterleitung ist bereits beantwortet', {
        answeredAt: entity.answeredAt.toISOString(),
      });
    }
    await this.answer(entity, now);
    return this.toForwarding(entity, now);
  }

  /** The link in the mail: whoever holds the token is the Sachgebiet. Repeating it changes nothing. */
  async markAnsweredByToken(
    token: string,
    now = new Date(),
  ): Promise<ForwardingByToken> {
    const entity = await this.byToken(token);
    if (!entity.answeredAt) {
      await this.answer(entity, now);
    }
    return this.tokenView(entity, now);
  }

  async statusByToken(
    token: string,
    now = new Date(),
  ): Promise<ForwardingByToken> {
    return this.tokenView(await this.byToken(token), now);
  }

  private async byToken(token: string): Promise<ForwardingEntity> {
    const entity = await this.forwardings.findOneBy({ token });
    if (!entity) {
      throw notFound('Weiterleitung', 'Link');
    }
    return entity;
  }

  private tokenView(entity: ForwardingEntity, now: Date): ForwardingByToken {
    return {
      sachgebietName: entity.sachgebiet.name,
      deadline: entity.deadline,
      status: forwardingStatus(entity, now),
      answeredAt: entity.answeredAt?.toISOString() ?? null,
    };
  }

  private async answer(entity: ForwardingEntity, now: Date): Promise<void> {
    entity.answeredAt = now;
    entity.answeredDay = officeDay(now);
    await this.forwardings.update(
      { id: entity.id, answeredAt: IsNull() },
      { answeredAt: entity.answeredAt, answeredDay: entity.answeredDay },
    );
  }

  /** Blanks concern and callback details of forwardings answered more than FORWARDING_PII_RETENTION_DAYS ago. */
  async erasePersonalData(now = new Date()): Promise<number> {
    const cutoff = new Date(
      now.getTime() -
        this.config.operations.forwardingPiiRetentionDays * DAY_MS,
    );
    const result = await this.forwardings.update(
      { answeredAt: LessThan(cutoff), personalDataErasedAt: IsNull() },
      {
        concern: '',
        callbackName: '',
        callbackContact: '',
        personalDataErasedAt: now,
      },
    );
    await this.eraseOutboxMails();
    return result.affected ?? 0;
  }

  /**
   * The file outbox keeps each mail as sent, callback details included: the
   * mails of forwardings whose personal data is erased (or which no longer
   * exist) go too. Found by the reference stored with the mail or, for mails
   * written before references were kept, by the answer link's token. Runs over
   * the whole outbox, so a failed run is made up for by the next.
   */
  private async eraseOutboxMails(): Promise<number> {
    if (!this.mail.usesOutbox) {
      return 0;
    }
    const mails = (await this.mail.outbox(Number.MAX_SAFE_INTEGER))
      .map((mail) => ({
        id: mail.id,
        reference: mail.reference,
        token: ANSWER_LINK_TOKEN.exec(mail.text)?.[1],
      }))
      .filter((mail) => mail.reference || mail.token);
    if (mails.length === 0) {
      return 0;
    }
    const ids = [...new Set(mails.flatMap((mail) => mail.reference ?? []))];
    const tokens = [...new Set(mails.flatMap((mail) => mail.token ?? []))];
    const rows: Pick<
      ForwardingEntity,
      'id' | 'token' | 'personalDataErasedAt'
    >[] = [];
    const select = { id: true, token: true, personalDataErasedAt: true };
    for (let start = 0; start < ids.length; start += IN_CHUNK) {
      rows.push(
        ...(await this.forwardings.find({
          select,
          where: { id: In(ids.slice(start, start + IN_CHUNK)) },
        })),
      );
    }
    for (let start = 0; start < tokens.length; start += IN_CHUNK) {
      rows.push(
        ...(await this.forwardings.find({
          select,
          where: { token: In(tokens.slice(start, start + IN_CHUNK)) },
        })),
      );
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    const byToken = new Map(rows.map((row) => [row.token, row]));
    const due = mails.filter((mail) => {
      const row =
        (mail.reference ? byId.get(mail.reference) : undefined) ??
        (mail.token ? byToken.get(mail.token) : undefined);
      return !row || row.personalDataErasedAt !== null;
    });
    const deleted = await this.mail.deleteFromOutbox(
      due.map((mail) => mail.id),
    );
    if (deleted > 0) {
      this.logger.log(
        `Mail outbox: ${deleted} mails with erased personal data deleted`,
      );
    }
    return deleted;
  }

  /** One reminder per office day for each overdue forwarding; returns how many went out. */
  async remindOverdue(now = new Date()): Promise<number> {
    const today = officeDay(now);
    const overdue = await this.forwardings.find({
      where: { answeredAt: IsNull(), deadline: LessThan(today) },
    });
    let sent = 0;
    for (const entity of overdue) {
      if (entity.remindedDay === today) {
        continue;
      }
      await this.mail.send(
        {
          to: entity.sachgebiet.forwardingEmail || entity.sachgebiet.email,
          reference: entity.id,
          subject: `Erinnerung: Weiterleitung überfällig seit ${germanDate(entity.deadline)}`,
          text: [
            `Guten Tag,`,
            ``,
            `eine Weiterleitung aus dem Bürgerservice ist noch nicht beantwortet (Frist: ${germanDate(entity.deadline)}).`,
            ``,
            `Anliegen:`,
            entity.concern,
            ``,
            `Rückruf an: ${entity.callbackName}, ${entity.callbackContact}`,
            ``,
            `Beantwortet? Bitte hier bestätigen:`,
            this.answerLink(entity.token),
          ].join('\n'),
        },
        now,
      );
      await this.forwardings.update(entity.id, { remindedDay: today });
      sent++;
    }
    return sent;
  }

  @Cron('40 2 * * *', { name: 'forwarding-erasure', timeZone: 'Europe/Berlin' })
  async runErasure(): Promise<void> {
    try {
      const erased = await this.erasePersonalData();
      if (erased > 0) {
        this.logger.log(`Forwardings: personal data of ${erased} erased`);
      }
    } catch (error) {
      this.logger.error(`Forwarding erasure failed: ${String(error)}`);
    }
  }

  @Cron('30 7 * * 1-5', {
    name: 'forwarding-reminders',
    timeZone: 'Europe/Berlin',
  })
  async runReminders(): Promise<void> {
    try {
      await this.remindOverdue();
    } catch (error) {
      this.logger.error(`Forwarding reminders failed: ${String(error)}`);
    }
  }
}
