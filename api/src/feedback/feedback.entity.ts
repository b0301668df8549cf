import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
} from 'typeorm';
import type { FeedbackKind, FeedbackStatus } from '@auskunft/contracts';

/** An agent's report on a Leistung, answered by the owning Sachgebiet's editors. */
@Entity('feedback')
@Index('IDX_feedback_leistung', ['leistungId'])
export class FeedbackEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  leistungId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: FeedbackKind;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status!: FeedbackStatus;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @Column({ type: 'varchar', length: 200 })
  createdByName!: string;

  @CreateDateColumn()
  createdAt!: Date;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  answeredByName!: string | null;

  @Column({ type: Date, nullable: true })
  answeredAt!: Date | null;
}
