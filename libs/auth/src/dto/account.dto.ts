import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { FORMATS, formatMessage, PASSWORD_MAX_LENGTH, PROFESSIONS, ROLES } from '@caseatlas/contracts';
import type { Profession, Role } from '@caseatlas/contracts';
import { PlainText } from '@caseatlas/validation';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

/** The password policy needs the username as well, so the service checks it (password-policy.ts). */
export class CreateUserDto {
  @ApiProperty({ example: 'a.nurlanovna', description: 'lower-case letters, digits, ".", "_" or "-"; 3–64' })
  @Matches(FORMATS.username.pattern, { message: formatMessage('username') })
  username!: string;

  @ApiProperty({ example: 'Aigerim N.' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MinLength(1)
  @MaxLength(120)
  @PlainText()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: PROFESSIONS, nullable: true })
  @IsOptional()
  @IsIn(PROFESSIONS)
  profession?: Profession | null;

  @ApiProperty({ description: 'at least 12 characters, not containing the username' })
  @IsString()
  password!: string;
}

/** Optional, but not nullable: `null` is checked (and refused) like any other value. */
const IfPresent = () => ValidateIf((_object, value) => value !== undefined);

/**
 * What an admin may change. The read-only fields of UserResponse are accepted (react-admin
 * sends the record back) and must not differ: a username never changes.
 */
export class UpdateUserDto {
  @ApiPropertyOptional()
  @IfPresent()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MinLength(1)
  @MaxLength(120)
  @PlainText()
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IfPresent()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: PROFESSIONS, nullable: true })
  @IsOptional()
  @IsIn(PROFESSIONS)
  profession?: Profession | null;

  @ApiPropertyOptional({ description: 'false signs the account out everywhere and refuses its logins' })
  @IfPresent()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'a new password (reset); signs the account out everywhere' })
  @IfPresent()
  @IsString()
  password?: string;

  @IsOptional()
  @IsString()
  id?: string;

  @IsOptional()
  @IsString()
  username?: string;

  @IsOptional()
  @IsString()
  createdAt?: string;

  @IsOptional()
  @IsString()
  updatedAt?: string;

  @IsOptional()
  @IsString()
  lastLoginAt?: string | null;
}

/** The fields people change on their own account. */
export class UpdateAccountDto {
  @ApiPropertyOptional()
  @IfPresent()
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MinLength(1)
  @MaxLength(120)
  @PlainText()
  displayName?: string;

  @ApiPropertyOptional({ enum: PROFESSIONS, nullable: true })
  @IsOptional()
  @IsIn(PROFESSIONS)
  profession?: Profession | null;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ description: 'at least 12 characters, not containing the username' })
  @IsString()
  newPassword!: string;
}
