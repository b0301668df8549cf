import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const KEY = /^[\p{L}\p{N}._-]+$/u;

/** Query parameters of the staff and public search. */
export class SearchQueryDto {
  /** The words the caller used; may be empty to browse by facet. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** Sachgebiet code, e.g. "32.1". */
  @IsOptional()
  @IsString()
  @Matches(KEY, {
    message: 'sachgebiet must be a Sachgebiet code such as 32.1',
  })
  sachgebiet?: string;

  /** Lebenslage slug. */
  @IsOptional()
  @IsString()
  @Matches(KEY, { message: 'lebenslage must be a Lebenslage slug' })
  lebenslage?: string;

  /** Standort key. */
  @IsOptional()
  @IsString()
  @Matches(KEY, { message: 'standort must be a Standort key' })
  standort?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  offset?: number;
}
