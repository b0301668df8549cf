import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ROLES, type Role } from '@auskunft/contracts';

export const MIN_PASSWORD_LENGTH = 10;

export class UserCreateDto {
  @IsString()
  @Matches(/^[a-zA-Z0-9._-]{2,100}$/, {
    message: 'username may contain letters, digits, ".", "_" and "-" (2–100)',
  })
  username!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName!: string;

  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password!: string;

  @IsIn(ROLES)
  role!: Role;

  /** Sachgebiet codes (editors). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  sachgebiete?: string[];
}

export class UserUpdateDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  sachgebiete?: string[];

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
