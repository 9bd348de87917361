import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO6391,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ACTS,
  AGE_BANDS,
  AGENCIES,
  APPEAL_OUTCOMES,
  CASE_REFERENCE_PATTERN,
  CASE_RELATIONS,
  CASE_STATUSES,
  CHARGE_OUTCOMES,
  COURT_LEVELS,
  DEFENDANT_ROLES,
  EXPLOITATION_PURPOSES,
  MEANS,
  MENTAL_HEALTH_INVOLVEMENT,
  PARTIAL_DATE_PATTERN,
  REQUEST_OUTCOMES,
  SECTORS,
  SEXES,
  SOURCE_TYPES,
  STATUTE_KEY_PATTERN,
  VERDICTS,
  VICTIM_SERVICES,
} from '@caseatlas/contracts';
import type {
  Act,
  AgeBand,
  Agency,
  AppealOutcome,
  CaseRecord,
  CaseRelation,
  CaseStatus,
  ChargeOutcome,
  CourtLevel,
  DefendantRole,
  ExploitationPurpose,
  MentalHealthInvolvement,
  Means,
  RequestOutcome,
  Sector,
  Sex,
  SourceType,
  Verdict,
  VictimService,
} from '@caseatlas/contracts';
import { IsCountryCode, IsCurrencyCode, IsVocabularyList, IsVocabularyValue } from './validators';

/** D1, D2…: a letter and a number, so a label cannot carry a name or an identifier. */
const LABEL_PATTERN = /^[A-Z]\d{1,3}$/;
const PARTIAL_DATE_MESSAGE = '$property must be a date as YYYY-MM-DD or YYYY-MM, in 1900–2099';

// Bounds keep values inside their columns (integer, numeric(16,2)) and inside reason.
const MAX_MONTHS = 1200;
const MAX_PEOPLE = 100_000;

export class MoneyDto {
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(99_999_999_999_999)
  amount!: number;

  @IsCurrencyCode()
  currency!: string;
}

export class CourtDto {
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @IsVocabularyValue(COURT_LEVELS)
  level!: CourtLevel;
}

export class RouteDto {
  @IsArray()
  @ArrayUnique()
  @IsCountryCode({ each: true })
  origin!: string[];

  @IsArray()
  @ArrayUnique()
  @IsCountryCode({ each: true })
  transit!: string[];

  @IsArray()
  @ArrayUnique()
  @IsCountryCode({ each: true })
  destination!: string[];
}

export class TimelineDto {
  @IsOptional() @Matches(PARTIAL_DATE_PATTERN, { message: PARTIAL_DATE_MESSAGE }) offenceStart!: string | null;
  @IsOptional() @Matches(PARTIAL_DATE_PATTERN, { message: PARTIAL_DATE_MESSAGE }) offenceEnd!: string | null;
  @IsOptional() @Matches(PARTIAL_DATE_PATTERN, { message: PARTIAL_DATE_MESSAGE }) reported!: string | null;
  @IsOptional() @Matches(PARTIAL_DATE_PATTERN, { message: PARTIAL_DATE_MESSAGE }) investigationOpened!: string | null;
  @IsOptional() @Matches(PARTIAL_DATE_PATTERN, { message: PARTIAL_DATE_MESSAGE }) indicted!: string | null;
  @IsOptional() @Matches(PARTIAL_DATE_PATTERN, { message: PARTIAL_DATE_MESSAGE }) firstInstanceVerdict!: string | null;
  @IsOptional() @Matches(PARTIAL_DATE_PATTERN, { message: PARTIAL_DATE_MESSAGE }) appealDecision!: string | null;
  @IsOptional() @Matches(PARTIAL_DATE_PATTERN, { message: PARTIAL_DATE_MESSAGE }) final!: string | null;
}

export class ChargeDto {
  @Matches(STATUTE_KEY_PATTERN, { message: '$property must be a statute key like KZ-CC-128-3' })
  statute!: string;

  @Matches(LABEL_PATTERN, { message: '$property must be a defendant label like D1' })
  defendant!: string;

  @IsVocabularyValue(CHARGE_OUTCOMES)
  outcome!: ChargeOutcome;
}

export class SentenceDto {
  /**
   * Required for a finite sentence. A life sentence has none: null or absent, and the old
   * form (a number beside `life: true`) is accepted and stored as null, so older files import.
   */
  @ValidateIf((sentence: SentenceDto) => sentence.life !== true || sentence.custodialMonths != null)
  @IsInt()
  @Min(0)
  @Max(MAX_MONTHS)
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null or absent when life is true' })
  custodialMonths!: number | null;

  @IsBoolean()
  life!: boolean;

  @IsBoolean()
  suspended!: boolean;

  @IsInt()
  @Min(0)
  @Max(MAX_MONTHS)
  probationMonths!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  fine!: MoneyDto | null;

  @IsBoolean()
  confiscation!: boolean;
}

export class DefendantDto {
  @Matches(LABEL_PATTERN, { message: '$property must be a capital letter and a number, like D1' })
  label!: string;

  @IsVocabularyValue(SEXES)
  sex!: Sex;

  @IsVocabularyValue(AGE_BANDS)
  ageBand!: AgeBand;

  @IsCountryCode()
  nationality!: string;

  @IsVocabularyValue(DEFENDANT_ROLES)
  role!: DefendantRole;

  @IsVocabularyValue(VERDICTS)
  verdict!: Verdict;

  @IsOptional()
  @ValidateNested()
  @Type(() => SentenceDto)
  sentence!: SentenceDto | null;
}

export class VictimGroupDto {
  @IsInt()
  @Min(1)
  @Max(MAX_PEOPLE)
  count!: number;

  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  minors!: number;

  @IsVocabularyValue(SEXES)
  sex!: Sex;

  @IsVocabularyValue(AGE_BANDS)
  ageBand!: AgeBand;

  @IsCountryCode()
  nationality!: string;

  @IsVocabularyList(VICTIM_SERVICES)
  servicesProvided!: VictimService[];

  @IsBoolean()
  testified!: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  compensationAwarded!: MoneyDto | null;
}

export class CountryRequestDto {
  @IsCountryCode()
  country!: string;

  @IsVocabularyValue(REQUEST_OUTCOMES)
  outcome!: RequestOutcome;
}

export class CooperationDto {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CountryRequestDto)
  mlaRequests!: CountryRequestDto[];

  @IsBoolean()
  jointInvestigationTeam!: boolean;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CountryRequestDto)
  extraditions!: CountryRequestDto[];

  @IsInt()
  @Min(0)
  @Max(1000)
  interpolNotices!: number;

  @IsVocabularyList(AGENCIES)
  agencies!: Agency[];
}

export class SourceDto {
  @IsVocabularyValue(SOURCE_TYPES)
  type!: SourceType;

  @IsString()
  @MinLength(1)
  @MaxLength(500)
  citation!: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url!: string | null;
}

export class RelatedCaseDto {
  @Matches(CASE_REFERENCE_PATTERN, { message: '$property must be a case reference like KZ-2019-ALM-0042' })
  reference!: string;

  @IsVocabularyValue(CASE_RELATIONS)
  relation!: CaseRelation;
}

/** The case record as the API and the importer accept it (docs/api.md). */
export class CaseRecordDto implements CaseRecord {
  @ApiProperty({ example: 'KZ-2019-ALM-0042' })
  @Matches(CASE_REFERENCE_PATTERN, {
    message: '$property must be 3 to 64 upper-case letters, digits or "-", like KZ-2019-ALM-0042',
  })
  reference!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'ru', description: 'ISO 639-1' })
  @Matches(/^[a-z]{2}$/, { message: '$property must be a lower-case ISO 639-1 code' })
  @IsISO6391({ message: '$property must be an ISO 639-1 language code' })
  language!: string;

  @ApiProperty({ example: 'KZ' })
  @IsCountryCode()
  jurisdiction!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region!: string | null;

  @ApiProperty({ type: CourtDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CourtDto)
  court!: CourtDto;

  @ApiProperty({ enum: CASE_STATUSES })
  @IsVocabularyValue(CASE_STATUSES)
  status!: CaseStatus;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  synthetic!: boolean;

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  summary!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200_000)
  facts!: string;

  @ApiProperty({ enum: ACTS, isArray: true })
  @IsVocabularyList(ACTS)
  acts!: Act[];

  @ApiProperty({ enum: MEANS, isArray: true })
  @IsVocabularyList(MEANS)
  means!: Means[];

  @ApiProperty({ enum: EXPLOITATION_PURPOSES, isArray: true })
  @IsVocabularyList(EXPLOITATION_PURPOSES)
  exploitationPurposes!: ExploitationPurpose[];

  @ApiProperty({ enum: SECTORS, isArray: true })
  @IsVocabularyList(SECTORS)
  sectors!: Sector[];

  @ApiProperty({ type: RouteDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RouteDto)
  route!: RouteDto;

  @ApiProperty({ type: TimelineDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TimelineDto)
  timeline!: TimelineDto;

  @ApiPropertyOptional({ enum: APPEAL_OUTCOMES, nullable: true })
  @IsOptional()
  @IsVocabularyValue(APPEAL_OUTCOMES)
  appealOutcome!: AppealOutcome | null;

  @ApiProperty({ type: [ChargeDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ChargeDto)
  charges!: ChargeDto[];

  @ApiProperty({ type: [DefendantDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DefendantDto)
  defendants!: DefendantDto[];

  @ApiProperty({ type: [VictimGroupDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => VictimGroupDto)
  victims!: VictimGroupDto[];

  @ApiProperty({ type: CooperationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CooperationDto)
  cooperation!: CooperationDto;

  @ApiProperty({ enum: MENTAL_HEALTH_INVOLVEMENT, isArray: true })
  @IsVocabularyList(MENTAL_HEALTH_INVOLVEMENT)
  mentalHealthInvolvement!: MentalHealthInvolvement[];

  @ApiProperty({ type: [SourceDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SourceDto)
  sources!: SourceDto[];

  @ApiProperty({ type: [RelatedCaseDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RelatedCaseDto)
  relatedCases!: RelatedCaseDto[];

  @ApiProperty({ type: [String], example: ['online_recruitment'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[a-z0-9_]{1,50}$/, { each: true, message: 'each tag must be lower-case letters, digits or "_"' })
  tags!: string[];
}

/**
 * PUT body: any subset of the record (react-admin's bulk actions send only what changes),
 * plus the `version` the client read. Read-only fields it echoes back are tolerated.
 */
export class UpdateCaseDto extends PartialType(CaseRecordDto) {
  @ApiPropertyOptional({ description: 'The version read; a stale one is refused with 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Allow() id?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}
