import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MAX_VERSION } from '@caseatlas/contracts';
import { PlainText } from '@caseatlas/validation';

export class WorkingGroupDto {
  @ApiProperty({ example: 'Law-enforcement coordination' })
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  @PlainText()
  name!: string;

  @ApiProperty({ example: 'Coordination of investigations across borders, between meetings' })
  @IsString()
  @MaxLength(2000)
  @PlainText()
  description!: string;

  @ApiProperty({ type: [String], description: 'account ids' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique((id: string) => (typeof id === 'string' ? id.toLowerCase() : id))
  @IsUUID(undefined, { each: true })
  memberIds!: string[];
}

export class UpdateWorkingGroupDto extends WorkingGroupDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}
