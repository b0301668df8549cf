import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Answer views at the desk, one row per Leistung and office day. Only the count
 * is kept: no user, no time of day, so no figure per agent can be derived.
 */
@Entity('leistung_view_day')
@Index('IDX_leistung_view_day_day', ['day'])
export class LeistungViewDay {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  leistungId!: string;

  /** "YYYY-MM-DD" in Europe/Berlin. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'integer', default: 0 })
  views!: number;
}

/** Topics agents searched for and found nothing, per normalized query and day; no reporter kept. */
@Entity('missing_topic_day')
@Index('IDX_missing_topic_day_day', ['day'])
export class MissingTopicDay {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  query!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'integer', default: 0 })
  reports!: number;
}
