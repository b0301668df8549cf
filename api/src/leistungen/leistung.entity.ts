import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  Fee,
  LeistungContent,
  LeistungStatus,
  Link,
  RequiredDocument,
} from '@auskunft/contracts';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';

/** A Leistungsbeschreibung (service description), aligned with the FIM/XZuFi text modules. */
@Entity('leistung')
@Index('UQ_leistung_external_ref', ['externalRefSource', 'externalRefId'], {
  unique: true,
})
export class Leistung {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  slug!: string;

  /** 14-digit LeiKa key (Leistungsschlüssel). */
  @Column({ type: 'varchar', length: 14, nullable: true })
  leikaKey!: string | null;

  /** Leistungsbezeichnung (XZuFi module 02). */
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** Leistungsbezeichnung II (module 03), the plain-language name. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  plainTitle!: string | null;

  /** Kurztext (module 05). */
  @Column({ type: 'text' })
  shortText!: string;

  /** Volltext (module 06), sanitized HTML. */
  @Column({ type: 'text', default: '' })
  fullText!: string;

  /** Optional summary in Leichte Sprache (plain text), public. */
  @Column({ type: 'text', nullable: true })
  leichteSprache!: string | null;

  @Column({ type: 'json' })
  prerequisites!: string[];

  @Column({ type: 'json' })
  requiredDocuments!: RequiredDocument[];

  @Column({ type: 'json' })
  fees!: Fee[];

  @Column({ type: 'text', default: '' })
  processingTime!: string;

  @Column({ type: 'text', default: '' })
  deadlines!: string;

  @Column({ type: 'text', default: '' })
  procedure!: string;

  @Column({ type: 'text', default: '' })
  legalBasis!: string;

  @Column({ type: 'json' })
  forms!: Link[];

  @Column({ type: 'json' })
  onlineServices!: Link[];

  @Column({ type: 'json' })
  furtherLinks!: Link[];

  /** Begriffe im Kontext: synonyms and words callers use. */
  @Column({ type: 'json' })
  searchTerms!: string[];

  @ManyToMany(() => Lebenslage)
  @JoinTable({
    name: 'leistung_lebenslage',
    joinColumn: { name: 'leistungId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'lebenslageId', referencedColumnName: 'id' },
  })
  lebenslagen!: Lebenslage[];

  @ManyToOne(() => Sachgebiet, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sachgebietId' })
  sachgebiet!: Sachgebiet | null;

  @ManyToMany(() => Standort)
  @JoinTable({
    name: 'leistung_standort',
    joinColumn: { name: 'leistungId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'standortId', referencedColumnName: 'id' },
  })
  standorte!: Standort[];

  /** Staff only. Never mapped to a public response nor written to the public index. */
  @Column({ type: 'text', nullable: true })
  internalNotes!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: LeistungStatus;

  /** ISO date; the Leistung is searchable from this day on. */
  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  /** ISO date; the Leistung drops out of search after this day. */
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'date', nullable: true })
  reviewDue!: string | null;

  @Column({ type: 'date', nullable: true })
  lastReviewedAt!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  externalRefSource!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  externalRefId!: string | null;

  /** The content as last imported from `externalRef`'s source; tells local additions apart on re-import. */
  @Column({ type: 'json', nullable: true })
  lastImport!: LeistungContent | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
