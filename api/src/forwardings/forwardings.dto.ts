import {
  CONTACT_CHANNELS,
  FORWARDING_STATUSES,
  type ContactChannel,
  type ForwardingStatus,
  type ForwardingWrite,
} from '@auskunft/contracts';
import { ApiProperty } from '@nestjs/swagger';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

export class ForwardingWriteDto implements ForwardingWrite {
  @IsOptional()
  @IsString()
  @MaxLength(20)
  sachgebietCode?: string;

  @IsOptional()
  @IsUUID('all', { message: 'leistungId muss eine UUID sein' })
  leistungId?: string;

  @IsString()
  @MaxLength(4000)
  @Matches(/\S{2}/, { message: 'concern muss das Anliegen beschreiben' })
  concern!: string;

  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'callbackName darf nicht leer sein' })
  callbackName!: string;

  /** A phone number or an e-mail address: the minimum to call back. */
  @IsString()
  @MaxLength(200)
  @Matches(/^(\+?[0-9 ()/-]{5,40}|[^\s@]+@[^\s@]+\.[^\s@]+)$/, {
    message: 'callbackContact muss eine Telefonnummer oder E-Mail-Adresse sein',
  })
  callbackContact!: string;

  @ApiProperty({ enum: CONTACT_CHANNELS, required: false })
  @IsOptional()
  @IsIn(CONTACT_CHANNELS, {
    message: `channel muss einer dieser Werte sein: ${CONTACT_CHANNELS.join(', ')}`,
  })
  channel?: ContactChannel;
}

export class ForwardingListQueryDto {
  @ApiProperty({ enum: FORWARDING_STATUSES, required: false })
  @IsOptional()
  @IsIn(FORWARDING_STATUSES, {
    message: `status muss einer dieser Werte sein: ${FORWARDING_STATUSES.join(', ')}`,
  })
  status?: ForwardingStatus;
}
