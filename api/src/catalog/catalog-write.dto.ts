import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  ValidateIf,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  LebenslageWrite,
  OpeningException,
  SachgebietWrite,
  StandortWrite,
  TimeRange,
  WeeklyHours,
} from '@auskunft/contracts';
import { IsWeeklyHours } from './weekly-hours.validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class TimeRangeDto implements TimeRange {
  @Matches(TIME, { message: 'from must be a time HH:mm' })
  from!: string;

  @Matches(TIME, { message: 'to must be a time HH:mm' })
  to!: string;
}

export class OpeningExceptionDto implements OpeningException {
  @Matches(ISO_DATE, { message: 'date must be a date YYYY-MM-DD' })
  date!: string;

  @IsBoolean()
  closed!: boolean;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TimeRangeDto)
  hours?: TimeRangeDto[];

  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string;
}

export class StandortWriteDto implements StandortWrite {
  @Matches(KEY, { message: 'key may only contain a-z, 0-9 and single hyphens' })
  @MaxLength(80)
  key!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  street?: string;

  @IsOptional()
  @ValidateIf((_object, value) => value !== '')
  @Matches(/^\d{5}$/, { message: 'postalCode must be 5 digits' })
  postalCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  phone?: string;

  /** An empty string clears it. */
  @IsOptional()
  @ValidateIf((_object, value) => value !== '')
  @IsEmail()
  email?: string;

  @IsObject()
  @IsWeeklyHours()
  openingHours!: WeeklyHours;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OpeningExceptionDto)
  exceptions?: OpeningExceptionDto[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accessibility?: string;

  @IsOptional()
  @IsUrl(
    {
      protocols: ['http', 'https'],
      require_protocol: true,
      require_tld: false,
    },
    { message: 'appointmentUrl must be an http(s) URL' },
  )
  appointmentUrl?: string | null;
}

export class StandortPatchDto extends PartialType(StandortWriteDto) {}

export class SachgebietWriteDto implements SachgebietWrite {
  @Matches(/^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/, {
    message: 'code must be like 32.1',
  })
  code!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  department?: string;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  phone?: string;

  /** An empty string clears it. */
  @IsOptional()
  @ValidateIf((_object, value) => value !== '')
  @IsEmail()
  email?: string;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  room?: string;

  /** Standort key. */
  @IsOptional()
  @IsString()
  @MaxLength(80)
  standort?: string | null;

  @IsObject()
  @IsWeeklyHours()
  openingHours!: WeeklyHours;

  @IsOptional()
  @ValidateIf((_object, value) => value !== '')
  @IsEmail()
  forwardingEmail?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  answerDeadlineDays?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  reviewIntervalMonths?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  internalPhone?: string | null;
}

export class SachgebietPatchDto extends PartialType(SachgebietWriteDto) {}

export class LebenslageWriteDto implements LebenslageWrite {
  @Matches(KEY, {
    message: 'slug may only contain a-z, 0-9 and single hyphens',
  })
  @MaxLength(80)
  slug!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  parent?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

export class LebenslagePatchDto extends PartialType(LebenslageWriteDto) {}
