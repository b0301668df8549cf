import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OutboxMail } from '@auskunft/contracts';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the mail is about (e.g. a forwarding's id), kept in the file outbox to find it again. */
  reference?: string;
}

/**
 * Sends mail with nodemailer: over SMTP when SMTP_URL is set, otherwise into a
 * file outbox under DATA_DIR/mail-outbox (one .eml as it would be sent, one .json
 * for the admins' outbox view), so development and tests need no mail server.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  readonly outboxDir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.outboxDir = join(config.dataDir, 'mail-outbox');
    this.transport = config.operations.smtpUrl
      ? createTransport(config.operations.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true });
  }

  get usesOutbox(): boolean {
    return !this.config.operations.smtpUrl;
  }

  async send(message: MailMessage, now = new Date()): Promise<void> {
    const info = (await this.transport.sendMail({
      from: this.config.operations.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
    })) as { message?: Buffer; messageId?: string };
    if (!this.usesOutbox) {
      this.logger.log(`Mail sent to ${message.to}: ${info.messageId ?? ''}`);
      return;
    }
    const id = `${now.toISOString().replace(/[:.]/g, '-')}-${randomUUID()}`;
    await mkdir(this.outboxDir, { recursive: true });
    if (info.message) {
      await writeFile(join(this.outboxDir, `${id}.eml`), info.message);
    }
    const stored: OutboxMail = {
      id,
      createdAt: now.toISOString(),
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.reference ? { reference: message.reference } : {}),
    };
    await writeFile(
      join(this.outboxDir, `${id}.json`),
      JSON.stringify(stored, null, 2),
    );
  }

  /** Deletes mails from the file outbox (.json and .eml); returns how many. */
  async deleteFromOutbox(ids: readonly string[]): Promise<number> {
    for (const id of ids) {
      if (!/^[\w-]+$/.test(id)) {
        throw new Error(`Not an outbox mail id: ${id}`);
      }
      await rm(join(this.outboxDir, `${id}.eml`), { force: true });
      await rm(join(this.outboxDir, `${id}.json`), { force: true });
    }
    return ids.length;
  }

  /** The newest mails of the file outbox first (empty with SMTP). */
  async outbox(limit = 50): Promise<OutboxMail[]> {
    let names: string[];
    try {
      names = await readdir(this.outboxDir);
    } catch {
      return [];
    }
    const newest = names
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse()
      .slice(0, limit);
    return Promise.all(
      newest.map(
        async (name) =>
          JSON.parse(
            await readFile(join(this.outboxDir, name), 'utf8'),
          ) as OutboxMail,
      ),
    );
  }
}
