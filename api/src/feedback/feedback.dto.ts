import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { Transform } from 'class-transformer';
import {
  FEEDBACK_KINDS,
  type FeedbackAnswer,
  type FeedbackKind,
  type FeedbackStatus,
  type FeedbackWrite,
} from '@auskunft/contracts';

export class FeedbackWriteDto implements FeedbackWrite {
  @IsIn(FEEDBACK_KINDS)
  kind!: FeedbackKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  comment!: string;
}

export class FeedbackAnswerDto implements FeedbackAnswer {
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  answer!: string;
}

export class FeedbackQueryDto {
  @IsOptional()
  @IsIn(['open', 'answered'])
  status?: FeedbackStatus;

  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  mine?: boolean;

  @IsOptional()
  @IsUUID()
  leistungId?: string;
}
