import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { OpeningException, WeeklyHours } from '@auskunft/contracts';

/** A location of the district office (Kreishaus, Außenstelle) with its own opening hours. */
@Entity('standort')
export class Standort {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  street!: string;

  @Column({ type: 'varchar', length: 10, default: '' })
  postalCode!: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  city!: string;

  @Column({ type: 'varchar', length: 60, default: '' })
  phone!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  email!: string;

  @Column({ type: 'json' })
  openingHours!: WeeklyHours;

  @Column({ type: 'json' })
  exceptions!: OpeningException[];

  @Column({ type: 'text', default: '' })
  accessibility!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  appointmentUrl!: string | null;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
