import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  Allow,
  IsBoolean,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { EXPLOITATION_PURPOSES, FORMATS, formatMessage, MAX_VERSION } from '@caseatlas/contracts';
import type { ExploitationPurpose, StatuteRecord } from '@caseatlas/contracts';
import { IsCountryCode, IsVocabularyList } from './validators';
import { PlainText } from '@caseatlas/validation';

export class StatuteRecordDto implements StatuteRecord {
  @ApiProperty({ example: 'KZ-CC-128-3', description: '{jurisdiction}-{code}-{article}[-{part}]' })
  @Matches(FORMATS.statuteKey.pattern, { message: formatMessage('statuteKey') })
  key!: string;

  @ApiProperty({ example: 'KZ' })
  @IsCountryCode()
  jurisdiction!: string;

  @ApiProperty()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MinLength(1)
  @MaxLength(500)
  @PlainText()
  title!: string;

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(1200)
  penaltyMinMonths!: number;

  @ApiProperty()
  @IsInt()
  @Min(0)
  @Max(1200)
  penaltyMaxMonths!: number;

  @ApiProperty()
  @IsBoolean()
  lifePossible!: boolean;

  @ApiProperty({ enum: EXPLOITATION_PURPOSES, isArray: true })
  @IsVocabularyList(EXPLOITATION_PURPOSES)
  purposes!: ExploitationPurpose[];

  @ApiPropertyOptional({ nullable: true, example: '2014-07-03' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be a date as YYYY-MM-DD' })
  @Matches(FORMATS.day.pattern, { message: formatMessage('day') })
  validFrom!: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be a date as YYYY-MM-DD' })
  @Matches(FORMATS.day.pattern, { message: formatMessage('day') })
  validTo!: string | null;
}

export class UpdateStatuteDto extends PartialType(StatuteRecordDto) {
  @ApiPropertyOptional({ description: 'The version read; a stale one is refused with 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;

  @Allow() id?: unknown;
}
