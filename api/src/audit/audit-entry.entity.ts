import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** One write: who, when, on which entity, which fields. Written in the same transaction as the write. */
@Entity('audit_entry')
@Index('IDX_audit_entity', ['entityType', 'entityId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @CreateDateColumn()
  at!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  userName!: string;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ type: 'varchar', length: 100 })
  entityId!: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  entityLabel!: string;

  @Column({ type: 'json' })
  fields!: string[];
}
