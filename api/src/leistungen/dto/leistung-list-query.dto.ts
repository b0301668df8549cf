import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { LEISTUNG_STATUSES, type LeistungStatus } from '@auskunft/contracts';

export class LeistungListQueryDto {
  @IsOptional()
  @IsIn(LEISTUNG_STATUSES)
  status?: LeistungStatus;

  /** Sachgebiet code. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sachgebiet?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class VersionQueryDto {
  /** The version the client last saw; the delete fails with 409 when it is stale. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}
