import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * Durable queue of index updates, written in the same transaction as the change
 * itself, so no edit is lost when the search engine is down.
 */
@Entity('search_outbox')
@Index('IDX_search_outbox_next', ['nextAttemptAt'])
@Index('IDX_search_outbox_leistung', ['leistungId'])
export class SearchOutboxEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 36 })
  leistungId!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: Date })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn()
  createdAt!: Date;
}
