import { CreateStatutesAndCases1764330000000 } from './1764330000000-CreateStatutesAndCases';
import { CreateAccountsSessionsAndAudit1764360000000 } from './1764360000000-CreateAccountsSessionsAndAudit';
import { GrantApplicationRole1764370000000 } from './1764370000000-GrantApplicationRole';
import { LifeSentenceWithoutTerm1764380000000 } from './1764380000000-LifeSentenceWithoutTerm';
import { StrictReferencesAndLabels1764390000000 } from './1764390000000-StrictReferencesAndLabels';
import { CreateSearchOutboxAndSavedSearches1764400000000 } from './1764400000000-CreateSearchOutboxAndSavedSearches';
import { RememberRetiredRefreshTokens1764410000000 } from './1764410000000-RememberRetiredRefreshTokens';
import { CreateWorkingGroupsAndAnnotations1764420000000 } from './1764420000000-CreateWorkingGroupsAndAnnotations';
import { CitationIndexWithoutPendingList1764430000000 } from './1764430000000-CitationIndexWithoutPendingList';
import { SourceUrlsWithoutPlaceholders1764440000000 } from './1764440000000-SourceUrlsWithoutPlaceholders';
import { AnnotationsKeepTheirCase1764450000000 } from './1764450000000-AnnotationsKeepTheirCase';
import { DisplayNamesWithoutIdentifiers1764460000000 } from './1764460000000-DisplayNamesWithoutIdentifiers';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works from
 * TypeScript sources (tests, tsx scripts) and from the compiled build.
 * Add new ones as `migrations/<timestamp>-<VerbNoun>.ts` and append the class here.
 */
export const MIGRATIONS: Function[] = [
  CreateStatutesAndCases1764330000000,
  CreateAccountsSessionsAndAudit1764360000000,
  GrantApplicationRole1764370000000,
  LifeSentenceWithoutTerm1764380000000,
  StrictReferencesAndLabels1764390000000,
  CreateSearchOutboxAndSavedSearches1764400000000,
  RememberRetiredRefreshTokens1764410000000,
  CreateWorkingGroupsAndAnnotations1764420000000,
  CitationIndexWithoutPendingList1764430000000,
  SourceUrlsWithoutPlaceholders1764440000000,
  AnnotationsKeepTheirCase1764450000000,
  DisplayNamesWithoutIdentifiers1764460000000,
];
