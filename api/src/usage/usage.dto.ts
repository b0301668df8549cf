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
import type { MissingTopicWrite, SearchQueryRecord } from '@auskunft/contracts';

export class UsagePeriodQueryDto {
  /** Days back from today, today included. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(31)
  days?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class MissingTopicWriteDto implements MissingTopicWrite {
  @IsString()
  @MaxLength(200)
  @Matches(/\S\S/, { message: 'query muss mindestens zwei Zeichen enthalten' })
  query!: string;
}

export class SearchQueryRecordDto implements SearchQueryRecord {
  @IsString()
  @MaxLength(200)
  @Matches(/\S\S/, { message: 'query muss mindestens zwei Zeichen enthalten' })
  query!: string;

  @IsInt({ message: 'hits muss eine ganze Zahl sein' })
  @Min(0, { message: 'hits darf nicht negativ sein' })
  @Max(100000)
  hits!: number;
}
