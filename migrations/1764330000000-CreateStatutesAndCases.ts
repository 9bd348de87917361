import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statute catalogue and the case record. Closed vocabularies are checked here as well as
 * in the DTOs; the lists are written out (not imported) so this migration never changes.
 */
export class CreateStatutesAndCases1764330000000 implements MigrationInterface {
  name = 'CreateStatutesAndCases1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE statutes (
        key varchar(40) PRIMARY KEY CHECK (key ~ '^[A-Z]{2}-[A-Z]{2,6}-[0-9]+[A-Za-z]?(\\.[0-9]+)?(-[0-9]+[A-Za-z]?)?$'),
        jurisdiction char(2) NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}$' AND left(key, 2) = jurisdiction),
        title text NOT NULL CHECK (length(title) > 0),
        penalty_min_months integer NOT NULL CHECK (penalty_min_months >= 0),
        penalty_max_months integer NOT NULL CHECK (penalty_max_months >= penalty_min_months),
        life_possible boolean NOT NULL DEFAULT false,
        purposes text[] NOT NULL DEFAULT '{}'
          CHECK (purposes <@ ARRAY['sexual_exploitation', 'forced_labour', 'domestic_servitude', 'forced_begging', 'forced_criminality', 'organ_removal', 'forced_marriage', 'other']::text[]),
        valid_from date,
        valid_to date CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX statutes_jurisdiction_idx ON statutes (jurisdiction)`);

    const partialDate = (column: string) =>
      `${column} varchar(10) CHECK (${column} ~ '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$')`;
    await queryRunner.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference varchar(64) NOT NULL CONSTRAINT cases_reference_key UNIQUE CHECK (reference ~ '^[A-Z0-9][A-Z0-9-]{2,62}$'),
        title text NOT NULL CHECK (length(title) > 0),
        language varchar(2) NOT NULL CHECK (language ~ '^[a-z]{2}$'),
        jurisdiction char(2) NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}$'),
        region text,
        court_name text NOT NULL,
        court_level text NOT NULL CHECK (court_level IN ('first_instance', 'appeal', 'cassation', 'supreme')),
        status text NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
        synthetic boolean NOT NULL DEFAULT false,
        summary text NOT NULL,
        facts text NOT NULL,
        acts text[] NOT NULL CHECK (acts <@ ARRAY['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt']::text[]),
        means text[] NOT NULL CHECK (means <@ ARRAY['threat', 'force', 'coercion', 'abduction', 'fraud', 'deception', 'abuse_of_power', 'abuse_of_vulnerability', 'payment', 'debt_bondage', 'document_retention']::text[]),
        exploitation_purposes text[] NOT NULL CHECK (exploitation_purposes <@ ARRAY['sexual_exploitation', 'forced_labour', 'domestic_servitude', 'forced_begging', 'forced_criminality', 'organ_removal', 'forced_marriage', 'other']::text[]),
        sectors text[] NOT NULL CHECK (sectors <@ ARRAY['agriculture', 'construction', 'domestic_work', 'entertainment', 'manufacturing', 'hospitality', 'begging', 'fishing', 'mining', 'transport', 'online', 'other']::text[]),
        ${partialDate('offence_start')},
        ${partialDate('offence_end')},
        ${partialDate('reported')},
        ${partialDate('investigation_opened')},
        ${partialDate('indicted')},
        ${partialDate('first_instance_verdict')},
        ${partialDate('appeal_decision')},
        ${partialDate('final_decision')},
        verdict_year integer GENERATED ALWAYS AS (substring(first_instance_verdict FROM 1 FOR 4)::integer) STORED,
        appeal_outcome text CHECK (appeal_outcome IS NULL OR appeal_outcome IN ('upheld', 'overturned', 'modified', 'pending')),
        cooperation jsonb NOT NULL CHECK (jsonb_typeof(cooperation) = 'object'),
        mental_health_involvement text[] NOT NULL CHECK (mental_health_involvement <@ ARRAY['investigation', 'trial', 'reintegration']::text[]),
        sources jsonb NOT NULL CHECK (jsonb_typeof(sources) = 'array'),
        related_cases jsonb NOT NULL CHECK (jsonb_typeof(related_cases) = 'array'),
        tags text[] NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX cases_jurisdiction_status_idx ON cases (jurisdiction, status)`);
    await queryRunner.query(`CREATE INDEX cases_verdict_year_idx ON cases (verdict_year)`);
    await queryRunner.query(`CREATE INDEX cases_updated_at_idx ON cases (updated_at)`);
    await queryRunner.query(`CREATE INDEX cases_purposes_idx ON cases USING gin (exploitation_purposes)`);
    await queryRunner.query(`CREATE INDEX cases_tags_idx ON cases USING gin (tags)`);

    await queryRunner.query(`
      CREATE TABLE case_defendants (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position smallint NOT NULL,
        label varchar(20) NOT NULL CHECK (length(label) > 0),
        sex text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        age_band text NOT NULL CHECK (age_band IN ('0-11', '12-14', '15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'unknown')),
        nationality char(2) NOT NULL CHECK (nationality ~ '^[A-Z]{2}$'),
        role text NOT NULL CHECK (role IN ('organizer', 'recruiter', 'transporter', 'exploiter', 'accomplice', 'other')),
        verdict text NOT NULL CHECK (verdict IN ('convicted', 'acquitted', 'dismissed', 'pending', 'other')),
        sentenced boolean NOT NULL DEFAULT false,
        custodial_months integer CHECK (custodial_months >= 0),
        life_sentence boolean,
        suspended boolean,
        probation_months integer CHECK (probation_months >= 0),
        fine_amount numeric(16, 2) CHECK (fine_amount >= 0),
        fine_currency char(3) CHECK (fine_currency ~ '^[A-Z]{3}$'),
        confiscation boolean,
        CONSTRAINT case_defendants_label_key UNIQUE (case_id, label),
        CONSTRAINT case_defendants_sentence_only_convicted CHECK (NOT sentenced OR verdict = 'convicted'),
        CONSTRAINT case_defendants_sentence_complete CHECK (
          sentenced = (custodial_months IS NOT NULL AND life_sentence IS NOT NULL AND suspended IS NOT NULL
                       AND probation_months IS NOT NULL AND confiscation IS NOT NULL)),
        CONSTRAINT case_defendants_fine_complete CHECK ((fine_amount IS NULL) = (fine_currency IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX case_defendants_verdict_idx ON case_defendants (verdict, case_id)`);

    await queryRunner.query(`
      CREATE TABLE case_charges (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position smallint NOT NULL,
        statute_key varchar(40) NOT NULL REFERENCES statutes (key) ON UPDATE CASCADE ON DELETE RESTRICT,
        defendant_label varchar(20) NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('convicted', 'acquitted', 'dismissed', 'pending', 'other', 'reclassified')),
        CONSTRAINT case_charges_defendant_fkey FOREIGN KEY (case_id, defendant_label)
          REFERENCES case_defendants (case_id, label) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX case_charges_statute_idx ON case_charges (statute_key, case_id)`);
    await queryRunner.query(`CREATE INDEX case_charges_case_idx ON case_charges (case_id)`);

    await queryRunner.query(`
      CREATE TABLE case_victim_groups (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position smallint NOT NULL,
        victim_count integer NOT NULL CHECK (victim_count > 0),
        minors integer NOT NULL CHECK (minors >= 0 AND minors <= victim_count),
        sex text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        age_band text NOT NULL CHECK (age_band IN ('0-11', '12-14', '15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'unknown')),
        nationality char(2) NOT NULL CHECK (nationality ~ '^[A-Z]{2}$'),
        services_provided text[] NOT NULL CHECK (services_provided <@ ARRAY['shelter', 'medical', 'psychological_support', 'legal_aid', 'interpretation', 'repatriation', 'reintegration', 'compensation']::text[]),
        testified boolean NOT NULL,
        compensation_amount numeric(16, 2) CHECK (compensation_amount >= 0),
        compensation_currency char(3) CHECK (compensation_currency ~ '^[A-Z]{3}$'),
        CONSTRAINT case_victim_groups_compensation_complete CHECK ((compensation_amount IS NULL) = (compensation_currency IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX case_victim_groups_case_idx ON case_victim_groups (case_id)`);

    await queryRunner.query(`
      CREATE TABLE case_route_countries (
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        stage text NOT NULL CHECK (stage IN ('origin', 'transit', 'destination')),
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        position smallint NOT NULL,
        PRIMARY KEY (case_id, stage, country)
      )`);
    await queryRunner.query(`CREATE INDEX case_route_countries_country_idx ON case_route_countries (country, case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'case_route_countries',
      'case_victim_groups',
      'case_charges',
      'case_defendants',
      'cases',
      'statutes',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
