import {
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@auskunft/contracts';
import { Sachgebiet } from '../catalog/sachgebiet.entity';

/** A staff account. Citizens have none. */
@Entity('app_user')
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Stored lowercase; sign-in is case-insensitive. */
  @Column({ type: 'varchar', length: 100, unique: true })
  username!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  /** argon2id hash; never leaves the API. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Editors edit the Leistungen of these Sachgebiete. */
  @ManyToMany(() => Sachgebiet)
  @JoinTable({
    name: 'user_sachgebiet',
    joinColumn: { name: 'userId', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'sachgebietId', referencedColumnName: 'id' },
  })
  sachgebiete!: Sachgebiet[];

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
