import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'statutes' })
export class StatuteEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ type: 'char', length: 2 })
  jurisdiction!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'penalty_min_months', type: 'integer' })
  penaltyMinMonths!: number;

  @Column({ name: 'penalty_max_months', type: 'integer' })
  penaltyMaxMonths!: number;

  @Column({ name: 'life_possible', type: 'boolean' })
  lifePossible!: boolean;

  @Column({ type: 'text', array: true })
  purposes!: string[];

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** Set by StatuteService: checked against the client's on update (no lost updates). */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
