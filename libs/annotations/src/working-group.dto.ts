import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';

export class WorkingGroupDto {
  @ApiProperty({ example: 'Law-enforcement coordination' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ example: 'Coordination of investigations across borders, between meetings' })
  @IsString()
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ type: [String], description: 'account ids' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  memberIds!: string[];
}

export class UpdateWorkingGroupDto extends WorkingGroupDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}
