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

/**
 * How often a search was made, per office day, channel and normalized query:
 * counts only (no user, no time of day), deleted after SEARCH_QUERY_RETENTION_DAYS.
 * `zeroHits` counts the searches of the row that found nothing.
 */
@Entity('search_query_day')
@Index('IDX_search_query_day_day', ['day'])
export class SearchQueryDay {
  /** "YYYY-MM-DD" in Europe/Berlin. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  /** "staff" (the desk) or "public" (the citizens' guide). */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  channel!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  query!: string;

  @Column({ type: 'integer', default: 0 })
  searches!: number;

  @Column({ type: 'integer', default: 0 })
  zeroHits!: number;
}
