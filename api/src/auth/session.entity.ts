import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
} from 'typeorm';

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity('session')
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index('IDX_session_user')
  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: Date })
  expiresAt!: Date;

  @Column({ type: Date })
  lastSeenAt!: Date;

  @CreateDateColumn()
  createdAt!: Date;
}
