import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A life situation / topic (category) that groups Leistungen for browsing and filtering. */
@Entity('lebenslage')
export class Lebenslage {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @ManyToOne(() => Lebenslage, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parentId' })
  parent!: Lebenslage | null;

  @Column({ type: 'text', default: '' })
  description!: string;
}
