import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Key-value facts about this instance (e.g. whether the demo content was loaded once). */
@Entity('app_meta')
export class AppMeta {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
