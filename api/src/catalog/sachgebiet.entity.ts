import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { WeeklyHours } from '@auskunft/contracts';
import { Standort } from './standort.entity';

/** A department unit that owns Leistungen and answers forwarded requests. */
@Entity('sachgebiet')
export class Sachgebiet {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Fachbereich / Amt. */
  @Column({ type: 'varchar', length: 200, default: '' })
  department!: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  phone!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  email!: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  room!: string;

  @ManyToOne(() => Standort, {
    nullable: true,
    onDelete: 'SET NULL',
    eager: true,
  })
  @JoinColumn({ name: 'standortId' })
  standort!: Standort | null;

  @Column({ type: 'json' })
  openingHours!: WeeklyHours;

  @Column({ type: 'varchar', length: 200, default: '' })
  forwardingEmail!: string;

  @Column({ type: 'integer', default: 1 })
  answerDeadlineDays!: number;

  /** Months from release (or confirmation) to the next review date (Wiedervorlage). */
  @Column({ type: 'integer', default: 12 })
  reviewIntervalMonths!: number;

  /** Staff-only contact data; never part of a public mapping. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  internalPhone!: string | null;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
