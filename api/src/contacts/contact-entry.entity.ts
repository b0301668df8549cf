import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ContactChannel, ContactOutcome } from '@auskunft/contracts';

/**
 * One citizen contact at the service center. Deliberately without the agent and
 * without any data of the citizen, and with the time only to the hour, so the
 * log cannot be turned into a figure per agent (staff-council rule).
 */
@Entity('contact_entry')
@Index('IDX_contact_entry_day', ['day'])
@Index('IDX_contact_entry_day_outcome', ['day', 'outcome'])
export class ContactEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Office day "YYYY-MM-DD" (Europe/Berlin). */
  @Column({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'smallint' })
  hour!: number;

  @Column({ type: 'varchar', length: 10 })
  channel!: ContactChannel;

  @Column({ type: 'varchar', length: 10 })
  outcome!: ContactOutcome;

  /** No foreign key: the log outlives a deleted Leistung and stays cheap to write. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  leistungId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  topic!: string | null;

  /** Sachgebiet code at the time of the contact, for figures per Sachgebiet. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  sachgebietCode!: string | null;
}

/**
 * Contacts counted per office day, channel, outcome and Sachgebiet, kept in step
 * with the log in the same transaction: the controlling figures read these few
 * rows per day instead of scanning a year of contacts.
 */
@Entity('contact_day_stat')
export class ContactDayStat {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  channel!: ContactChannel;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  outcome!: ContactOutcome;

  /** '' for contacts without a Sachgebiet (a key column cannot be NULL). */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  sachgebietCode!: string;

  @Column({ type: 'integer', default: 0 })
  contacts!: number;
}

/** Contacts per office day and Leistung, for the top Leistungen. */
@Entity('contact_day_leistung')
@Index('IDX_contact_day_leistung_leistung', ['leistungId'])
export class ContactDayLeistung {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  leistungId!: string;

  @Column({ type: 'integer', default: 0 })
  contacts!: number;
}
