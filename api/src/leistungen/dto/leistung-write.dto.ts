import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DOCUMENT_CONDITIONS,
  LEISTUNG_STATUSES,
  type DocumentCondition,
  type ExternalRef,
  type Fee,
  type LeistungStatus,
  type LeistungWrite,
  type Link,
  type RequiredDocument,
  type WorkflowComment,
  type LeistungCreate,
  type WorkingCopyWrite,
} from '@auskunft/contracts';

const URL_OPTIONS = {
  protocols: ['http', 'https'],
  require_protocol: true,
  require_tld: false,
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RequiredDocumentDto implements RequiredDocument {
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @IsString()
  @MaxLength(2000)
  note = '';

  @IsIn(DOCUMENT_CONDITIONS)
  condition: DocumentCondition = 'always';

  @IsBoolean()
  originalRequired = false;
}

export class FeeDto implements Fee {
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  label!: string;

  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  amountMin: number | null = null;

  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  amountMax: number | null = null;

  @IsString()
  @Matches(/^[A-Z]{3}$/, {
    message: 'currency must be an ISO 4217 code such as EUR',
  })
  currency = 'EUR';

  @IsString()
  @MaxLength(2000)
  note = '';
}

export class LinkDto implements Link {
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @IsUrl(URL_OPTIONS, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url!: string;
}

export class ExternalRefDto implements ExternalRef {
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  source!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  id!: string;
}

/** The editable content of a Leistung; body of POST /api/v1/leistungen. Unknown fields are rejected. */
export class LeistungContentDto {
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'slug may only contain a-z, 0-9 and single hyphens',
  })
  @MaxLength(200)
  slug?: string;

  @IsOptional()
  @IsString()
  @Matches(/^\d{14}$/, { message: 'leikaKey must be exactly 14 digits' })
  leikaKey?: string | null;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  plainTitle?: string | null;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  shortText!: string;

  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  fullText?: string;

  /** Optional summary in Leichte Sprache (plain text), shown to citizens when present. */
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  leichteSprache?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  prerequisites?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentDto)
  requiredDocuments?: RequiredDocumentDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FeeDto)
  fees?: FeeDto[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  processingTime?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  deadlines?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  procedure?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  legalBasis?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LinkDto)
  forms?: LinkDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LinkDto)
  onlineServices?: LinkDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LinkDto)
  furtherLinks?: LinkDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  searchTerms?: string[];

  /** Slugs of Lebenslagen. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  lebenslagen?: string[];

  /** Code of the responsible Sachgebiet, e.g. "32.1". */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sachgebiet?: string | null;

  /** Keys of additional Standorte. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  standorte?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  internalNotes?: string | null;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'validFrom must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  validFrom?: string | null;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'validTo must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  validTo?: string | null;
}

/** Content plus metadata, for system writes (demo content, imports); not accepted over HTTP. */
export class LeistungCreateDto
  extends LeistungContentDto
  implements LeistungWrite
{
  @IsOptional()
  @IsIn(LEISTUNG_STATUSES)
  status?: LeistungStatus;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'reviewDue must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  reviewDue?: string | null;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'lastReviewedAt must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  lastReviewedAt?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => ExternalRefDto)
  externalRef?: ExternalRefDto | null;
}

/** Body of POST /api/v1/leistungen: the content, and the note for its first version. */
export class LeistungCreateBodyDto
  extends LeistungContentDto
  implements LeistungCreate
{
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  changeNote?: string;
}

/** Any subset of the content fields. */
export class LeistungContentPatchDto extends PartialType(LeistungContentDto) {}

/** Body of PUT /api/v1/leistungen/:id/working-copy. */
export class WorkingCopyDto implements WorkingCopyWrite {
  @ValidateNested()
  @Type(() => LeistungContentPatchDto)
  content!: LeistungContentPatchDto;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  changeNote?: string;

  /** The working copy's version the editor started from; omit to start a new working copy. */
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class WorkflowCommentDto implements WorkflowComment {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
