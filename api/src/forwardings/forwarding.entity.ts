import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Sachgebiet } from '../catalog/sachgebiet.entity';

/**
 * A citizen's concern forwarded to the responsible Sachgebiet with an answer
 * deadline. The callback details are the only personal data; they and the concern
 * are erased a while after the answer. No agent is recorded.
 */
@Entity('forwarding')
@Index('IDX_forwarding_created_day', ['createdDay'])
export class ForwardingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Random secret for the link in the mail (mark answered without signing in). */
  @Index('IDX_forwarding_token', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  token!: string;

  @ManyToOne(() => Sachgebiet, {
    nullable: false,
    onDelete: 'RESTRICT',
    eager: true,
  })
  @JoinColumn({ name: 'sachgebietId' })
  sachgebiet!: Sachgebiet;

  @Column({ type: 'varchar', length: 36, nullable: true })
  leistungId!: string | null;

  @Column({ type: 'text' })
  concern!: string;

  @Column({ type: 'varchar', length: 200 })
  callbackName!: string;

  @Column({ type: 'varchar', length: 200 })
  callbackContact!: string;

  /** Set by the service from its clock (not the database's), so deadlines are testable. */
  @Column({ type: Date })
  createdAt!: Date;

  /** Office day of creation, for figures per period. */
  @Column({ type: 'varchar', length: 10 })
  createdDay!: string;

  /** Last office day of the promise. */
  @Column({ type: 'varchar', length: 10 })
  deadline!: string;

  @Column({ type: Date, nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  answeredDay!: string | null;

  @Column({ type: Date, nullable: true })
  mailSentAt!: Date | null;

  /** Office day of the last reminder for an overdue forwarding. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  remindedDay!: string | null;

  @Column({ type: Date, nullable: true })
  personalDataErasedAt!: Date | null;
}
