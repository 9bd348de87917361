import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A person of a published case, as a shared data set counts them: no reference back to the case. */
export interface SharedPersonRow {
  kind: 'defendant' | 'victims';
  jurisdiction: string;
  year: number | null;
  sex: string;
  ageBand: string;
  nationality: string;
  role: string | null;
  verdict: string | null;
  custodialMonths: number | null;
  victims: number | null;
  minors: number | null;
  services: string[] | null;
}

/**
 * The people of published cases for shared data sets (`export-shared`): one row per defendant and
 * one per victim group. The interchange's own read of the case tables, beside the case domain's
 * repository, which knows nothing of shared exports.
 */
@Injectable()
export class SharedPeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findPeopleOfPublishedCases(): Promise<SharedPersonRow[]> {
    return this.dataSource.query(`
      SELECT 'defendant' AS kind, c.jurisdiction, COALESCE(c.verdict_year, substring(c.investigation_opened FROM 1 FOR 4)::integer) AS year,
             d.sex, d.age_band AS "ageBand", d.nationality, d.role, d.verdict,
             CASE WHEN d.sentenced AND NOT d.life_sentence AND NOT d.suspended THEN d.custodial_months END AS "custodialMonths",
             NULL::integer AS victims, NULL::integer AS minors, NULL::text[] AS services
        FROM case_defendants d JOIN cases c ON c.id = d.case_id
       WHERE c.status = 'published'
      UNION ALL
      SELECT 'victims', c.jurisdiction, COALESCE(c.verdict_year, substring(c.investigation_opened FROM 1 FOR 4)::integer),
             v.sex, v.age_band, v.nationality, NULL, NULL, NULL, v.victim_count, v.minors, v.services_provided
        FROM case_victim_groups v JOIN cases c ON c.id = v.case_id
       WHERE c.status = 'published'`);
  }
}
