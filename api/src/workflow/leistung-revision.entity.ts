import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { LeistungContent, RevisionStatus } from '@auskunft/contracts';

/**
 * A working copy or a historic version of a Leistung. At most one revision per
 * Leistung is open (draft or in_review); released ones are the history.
 */
@Entity('leistung_revision')
@Index('UQ_revision_number', ['leistungId', 'number'], { unique: true })
export class LeistungRevision {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  leistungId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: RevisionStatus;

  @Column({ type: 'json' })
  content!: LeistungContent;

  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'varchar', length: 200 })
  lastEditorName!: string;

  /** Everyone who changed this revision: none of them may release it (four-eyes). */
  @Column({ type: 'json' })
  contributorIds!: string[];

  @Column({ type: 'text', default: '' })
  changeNote!: string;

  @Column({ type: Date, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reviewerName!: string | null;

  @Column({ type: Date, nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'boolean', default: false })
  rejected!: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
