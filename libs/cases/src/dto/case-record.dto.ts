import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  Allow,
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO6391,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  ACTS,
  AGE_BANDS,
  AGENCIES,
  APPEAL_OUTCOMES,
  CASE_RELATIONS,
  CASE_STATUSES,
  CHARGE_OUTCOMES,
  COURT_LEVELS,
  DEFENDANT_ROLES,
  EXPLOITATION_PURPOSES,
  FORMATS,
  formatMessage,
  MAX_VERSION,
  MEANS,
  MENTAL_HEALTH_INVOLVEMENT,
  REQUEST_OUTCOMES,
  SECTORS,
  SEXES,
  SOURCE_TYPES,
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
import {
  IsCountryCode,
  IsCurrencyCode,
  IsRecord,
  IsRecordList,
  IsVocabularyList,
  IsVocabularyValue,
} from './validators';
import { PlainText } from '@caseatlas/validation';

/** A date held to its format, the same message wherever it is refused. */
const PARTIAL_DATE = [FORMATS.partialDate.pattern, { message: formatMessage('partialDate') }] as const;

// Bounds keep values inside their columns (integer, numeric(16,2)) and inside reason.
const MAX_MONTHS = 1200;
const MAX_PEOPLE = 100_000;
/** Mutual legal assistance requests or extraditions of one case: far more than any real case has. */
const MAX_REQUESTS = 200;

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
  @PlainText()
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
  @IsOptional() @Matches(...PARTIAL_DATE) offenceStart!: string | null;
  @IsOptional() @Matches(...PARTIAL_DATE) offenceEnd!: string | null;
  @IsOptional() @Matches(...PARTIAL_DATE) reported!: string | null;
  @IsOptional() @Matches(...PARTIAL_DATE) investigationOpened!: string | null;
  @IsOptional() @Matches(...PARTIAL_DATE) indicted!: string | null;
  @IsOptional() @Matches(...PARTIAL_DATE) firstInstanceVerdict!: string | null;
  @IsOptional() @Matches(...PARTIAL_DATE) appealDecision!: string | null;
  @IsOptional() @Matches(...PARTIAL_DATE) final!: string | null;
}

export class ChargeDto {
  @Matches(FORMATS.statuteKey.pattern, { message: formatMessage('statuteKey') })
  statute!: string;

  @Matches(FORMATS.defendantLabel.pattern, { message: formatMessage('defendantLabel') })
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
  @IsRecord(() => MoneyDto)
  fine!: MoneyDto | null;

  @IsBoolean()
  confiscation!: boolean;
}

export class DefendantDto {
  @Matches(FORMATS.defendantLabel.pattern, { message: formatMessage('defendantLabel') })
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
  @IsRecord(() => SentenceDto)
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
  @IsRecord(() => MoneyDto)
  compensationAwarded!: MoneyDto | null;
}

export class CountryRequestDto {
  @IsCountryCode()
  country!: string;

  @IsVocabularyValue(REQUEST_OUTCOMES)
  outcome!: RequestOutcome;
}

export class CooperationDto {
  @IsRecordList(() => CountryRequestDto, MAX_REQUESTS)
  mlaRequests!: CountryRequestDto[];

  @IsBoolean()
  jointInvestigationTeam!: boolean;

  @IsRecordList(() => CountryRequestDto, MAX_REQUESTS)
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
  @PlainText()
  citation!: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url!: string | null;
}

export class RelatedCaseDto {
  @Matches(FORMATS.caseReference.pattern, { message: formatMessage('caseReference') })
  reference!: string;

  @IsVocabularyValue(CASE_RELATIONS)
  relation!: CaseRelation;
}

/** The case record as the API and the importer accept it (docs/api.md). */
export class CaseRecordDto implements CaseRecord {
  @ApiProperty({ example: 'KZ-2019-ALM-0042' })
  @Matches(FORMATS.caseReference.pattern, { message: formatMessage('caseReference') })
  reference!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  @PlainText()
  title!: string;

  @ApiProperty({ example: 'ru', description: 'ISO 639-1' })
  @Matches(FORMATS.languageCode.pattern, { message: formatMessage('languageCode') })
  @IsISO6391({ message: '$property must be an ISO 639-1 language code' })
  language!: string;

  @ApiProperty({ example: 'KZ' })
  @IsCountryCode()
  jurisdiction!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @PlainText()
  region!: string | null;

  @ApiProperty({ type: CourtDto })
  @IsRecord(() => CourtDto)
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
  @PlainText()
  summary!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200_000)
  @PlainText()
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
  @IsRecord(() => RouteDto)
  route!: RouteDto;

  @ApiProperty({ type: TimelineDto })
  @IsRecord(() => TimelineDto)
  timeline!: TimelineDto;

  @ApiPropertyOptional({ enum: APPEAL_OUTCOMES, nullable: true })
  @IsOptional()
  @IsVocabularyValue(APPEAL_OUTCOMES)
  appealOutcome!: AppealOutcome | null;

  @ApiProperty({ type: [ChargeDto] })
  @IsRecordList(() => ChargeDto, 500)
  charges!: ChargeDto[];

  @ApiProperty({ type: [DefendantDto] })
  @IsRecordList(() => DefendantDto, 200)
  defendants!: DefendantDto[];

  @ApiProperty({ type: [VictimGroupDto] })
  @IsRecordList(() => VictimGroupDto, 200)
  victims!: VictimGroupDto[];

  @ApiProperty({ type: CooperationDto })
  @IsRecord(() => CooperationDto)
  cooperation!: CooperationDto;

  @ApiProperty({ enum: MENTAL_HEALTH_INVOLVEMENT, isArray: true })
  @IsVocabularyList(MENTAL_HEALTH_INVOLVEMENT)
  mentalHealthInvolvement!: MentalHealthInvolvement[];

  @ApiProperty({ type: [SourceDto] })
  @IsRecordList(() => SourceDto, 100)
  sources!: SourceDto[];

  @ApiProperty({ type: [RelatedCaseDto] })
  @IsRecordList(() => RelatedCaseDto, 200)
  relatedCases!: RelatedCaseDto[];

  @ApiProperty({ type: [String], example: ['online_recruitment'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(FORMATS.tag.pattern, { each: true, message: formatMessage('tag', 'each value in $property') })
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
  @Max(MAX_VERSION)
  version?: number;

  @Allow() id?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
}
