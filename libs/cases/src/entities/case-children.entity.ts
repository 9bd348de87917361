import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A defendant of a case; the sentence columns are all null unless convicted and sentenced. */
@Entity({ name: 'case_defendants' })
export class CaseDefendantEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  label!: string;

  @Column({ type: 'text' })
  sex!: string;

  @Column({ name: 'age_band', type: 'text' })
  ageBand!: string;

  @Column({ type: 'char', length: 2 })
  nationality!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text' })
  verdict!: string;

  @Column({ name: 'sentenced', type: 'boolean' })
  sentenced!: boolean;

  @Column({ name: 'custodial_months', type: 'integer', nullable: true })
  custodialMonths!: number | null;

  @Column({ name: 'life_sentence', type: 'boolean', nullable: true })
  lifeSentence!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  suspended!: boolean | null;

  @Column({ name: 'probation_months', type: 'integer', nullable: true })
  probationMonths!: number | null;

  @Column({ name: 'fine_amount', type: 'numeric', nullable: true })
  fineAmount!: string | null;

  @Column({ name: 'fine_currency', type: 'char', length: 3, nullable: true })
  fineCurrency!: string | null;

  @Column({ type: 'boolean', nullable: true })
  confiscation!: boolean | null;
}

@Entity({ name: 'case_charges' })
export class CaseChargeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'statute_key', type: 'varchar', length: 40 })
  statuteKey!: string;

  @Column({ name: 'defendant_label', type: 'varchar', length: 20 })
  defendantLabel!: string;

  @Column({ type: 'text' })
  outcome!: string;
}

@Entity({ name: 'case_victim_groups' })
export class CaseVictimGroupEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'victim_count', type: 'integer' })
  victimCount!: number;

  @Column({ type: 'integer' })
  minors!: number;

  @Column({ type: 'text' })
  sex!: string;

  @Column({ name: 'age_band', type: 'text' })
  ageBand!: string;

  @Column({ type: 'char', length: 2 })
  nationality!: string;

  @Column({ name: 'services_provided', type: 'text', array: true })
  servicesProvided!: string[];

  @Column({ type: 'boolean' })
  testified!: boolean;

  @Column({ name: 'compensation_amount', type: 'numeric', nullable: true })
  compensationAmount!: string | null;

  @Column({ name: 'compensation_currency', type: 'char', length: 3, nullable: true })
  compensationCurrency!: string | null;
}

@Entity({ name: 'case_route_countries' })
export class CaseRouteCountryEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'text' })
  stage!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
