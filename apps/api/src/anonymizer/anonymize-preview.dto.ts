import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ENTITY_TYPES } from '@caseatlas/anonymizer';
import type { EntityType } from '@caseatlas/anonymizer';

export const PREVIEW_FIELDS = ['title', 'summary', 'facts'] as const;
export type PreviewField = (typeof PREVIEW_FIELDS)[number];

export class PreviewTextsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10_000) summary?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200_000) facts?: string;
}

/** A passage the editor marked by hand (select text → redact). */
export class ManualRedactionDto {
  @ApiProperty({ enum: PREVIEW_FIELDS })
  @IsIn(PREVIEW_FIELDS as unknown as string[])
  field!: PreviewField;

  @ApiProperty() @IsInt() @Min(0) start!: number;
  @ApiProperty() @IsInt() @Min(1) end!: number;

  @ApiProperty({ enum: ENTITY_TYPES })
  @IsIn(ENTITY_TYPES as unknown as string[])
  type!: EntityType;
}

export class AnonymizePreviewDto {
  @ApiProperty({ type: PreviewTextsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PreviewTextsDto)
  texts!: PreviewTextsDto;

  @ApiPropertyOptional({ type: [ManualRedactionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ManualRedactionDto)
  redactions?: ManualRedactionDto[];
}
