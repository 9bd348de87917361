import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  ANNOTATED_FIELDS,
  FORMATS,
  formatMessage,
  MAX_VERSION,
  ANNOTATION_VISIBILITIES,
  MAX_COMMENT_LENGTH,
  MOTIVATIONS,
} from '@caseatlas/contracts';
import type { AnnotatedField, AnnotationVisibility, Motivation } from '@caseatlas/contracts';
import { PlainText } from '@caseatlas/validation';

const MAX_TAGS = 20;
const MAX_OFFSET = 1_000_000;
/** The largest version PostgreSQL's integer holds: a larger one is no version we gave out. */
/** Given (even as null) means checked: null is never "not sent" for the target of a passage. */
const IfGiven = () => ValidateIf((_object, value) => value !== undefined);

/** What a reader may change of their annotation; the passage it targets stays. */
export class AnnotationChangesDto {
  @ApiPropertyOptional({ maxLength: MAX_COMMENT_LENGTH, description: 'Markdown; anonymized before it is stored' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  @PlainText()
  comment?: string;

  @ApiPropertyOptional({ type: [String], example: ['debt_bondage'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @ArrayUnique()
  @Matches(FORMATS.tag.pattern, { each: true, message: formatMessage('tag', 'each value in $property') })
  tags?: string[];

  @ApiPropertyOptional({ enum: MOTIVATIONS })
  @IsOptional()
  @IsIn(MOTIVATIONS)
  motivation?: Motivation;

  @ApiPropertyOptional({ enum: ANNOTATION_VISIBILITIES, description: 'a reply carries its root’s' })
  @IsOptional()
  @IsIn(ANNOTATION_VISIBILITIES)
  visibility?: AnnotationVisibility;

  @ApiPropertyOptional({ description: 'the working group, when visibility is group' })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

/**
 * A new annotation: a root names the case, the field and the offsets of the passage (the server
 * reads the quote and its context from the stored text, so nothing typed reaches the selectors);
 * a reply names its parent instead.
 */
export class CreateAnnotationDto extends AnnotationChangesDto {
  @ApiPropertyOptional()
  @IfGiven()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ description: 'the annotation replied to (a reply joins its root’s thread)' })
  @IfGiven()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ enum: ANNOTATED_FIELDS })
  @IfGiven()
  @IsIn(ANNOTATED_FIELDS)
  field?: AnnotatedField;

  @ApiPropertyOptional({ minimum: 0 })
  @IfGiven()
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  start?: number;

  @ApiPropertyOptional({ minimum: 1 })
  @IfGiven()
  @IsInt()
  @Min(1)
  @Max(MAX_OFFSET)
  end?: number;

  @ApiPropertyOptional({ description: 'the passage as the client saw it: refused when the text has changed since' })
  @IfGiven()
  @IsString()
  @MaxLength(MAX_OFFSET)
  exact?: string;
}

export class UpdateAnnotationDto extends AnnotationChangesDto {
  @ApiProperty({ description: 'the version read; a stale one is refused (409)' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}
