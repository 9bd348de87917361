import englishMessages from 'ra-language-english';
import { accountTextsEn, authTextsEn } from './account.en';
import { analyticsTextsEn } from './analytics.en';
import { annotationTextsEn, groupTextsEn, groupsResourceEn } from './annotations.en';
import { alertTextsEn, savedSearchTextsEn } from './alerts.en';
import { auditResourceEn, auditTextsEn } from './audit.en';
import { caseTextsEn, casesResourceEn, redactionTextsEn } from './cases.en';
import { searchTextsEn, similarTextsEn } from './search.en';
import { statuteTextsEn, statutesResourceEn } from './statutes.en';
import { userTextsEn, usersResourceEn } from './users.en';
import { vocabularyEn } from './vocabulary.en';

/**
 * English catalogue: react-admin's own messages, field labels under `resources`, ours under
 * `caseatlas`. Each screen's texts live in their own file (cases.en.ts, statutes.en.ts,
 * vocabulary.en.ts); this file only assembles them.
 */
export const en = {
  ...englishMessages,
  resources: {
    cases: casesResourceEn,
    statutes: statutesResourceEn,
    users: usersResourceEn,
    audit: auditResourceEn,
    groups: groupsResourceEn,
  },
  caseatlas: {
    title: 'CaseAtlas',
    common: {
      synthetic: 'Synthetic',
      none: 'None recorded',
      yes: 'Yes',
      no: 'No',
    },
    validation: {
      partial_date: 'Use YYYY-MM or YYYY-MM-DD, in 1900–2099',
      date: 'Use YYYY-MM-DD',
      case_reference: 'Upper-case letters, digits and hyphens only (3 to 63 characters)',
      statute_key: 'Use {jurisdiction}-{code}-{article}[-{part}], e.g. KZ-CC-128-3',
      penalty_range: 'The maximum must not be below the minimum',
      currency: 'A three-letter ISO 4217 code',
      username: 'Lower-case letters, digits, ".", "_" and "-", 3 to 64 characters, starting with a letter or digit',
      password_mismatch: 'The two passwords differ',
    },
    errors: {
      case_conflict:
        'Someone else saved this case while you were editing it (now version %{currentVersion}). Reload the page to see their changes, then make yours again.',
      statute_conflict:
        'Someone else saved this statute while you were editing it (now version %{currentVersion}). Reload the page to see their changes, then make yours again.',
      statute_in_use: 'This statute cannot be deleted: charges of some cases refer to it.',
    },
    case: caseTextsEn,
    redaction: redactionTextsEn,
    statute: statuteTextsEn,
    user: userTextsEn,
    audit: auditTextsEn,
    auth: authTextsEn,
    account: accountTextsEn,
    vocabulary: vocabularyEn,
    search: searchTextsEn,
    similar: similarTextsEn,
    saved_search: savedSearchTextsEn,
    alerts: alertTextsEn,
    analytics: analyticsTextsEn,
    annotation: annotationTextsEn,
    group: groupTextsEn,
    menu: {
      search: 'Search',
      alerts: 'Alerts',
      analytics: 'Analytics',
      status: 'System status',
    },
    dashboard: {
      title: 'CaseAtlas',
      intro:
        'A shared, searchable store of anonymized case studies of cross-border human trafficking: jurisdiction, charges, procedure and outcomes.',
      anonymized_notice: 'Every case text is anonymized on the server before it is stored or indexed.',
      status_link: 'Check the services',
    },
    status: {
      title: 'System status',
      refresh: 'Check again',
      overall_ok: 'All services are up',
      overall_error: 'Some services are down: the workbench may not save or search',
      unreachable: 'The API does not answer',
      up: 'up',
      down: 'down',
      dependency: {
        postgresql: 'PostgreSQL (system of record)',
        elasticsearch: 'Elasticsearch (search and analytics)',
      },
    },
  },
};
