import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  type ContactChannel,
  type ContactOutcome,
  type ContactWrite,
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

export class ContactWriteDto implements ContactWrite {
  @ApiProperty({ enum: CONTACT_CHANNELS })
  @IsIn(CONTACT_CHANNELS, {
    message: `channel muss einer dieser Werte sein: ${CONTACT_CHANNELS.join(', ')}`,
  })
  channel!: ContactChannel;

  @ApiProperty({ enum: CONTACT_OUTCOMES })
  @IsIn(CONTACT_OUTCOMES, {
    message: `outcome muss einer dieser Werte sein: ${CONTACT_OUTCOMES.join(', ')}`,
  })
  outcome!: ContactOutcome;

  @IsOptional()
  @IsUUID('all', { message: 'leistungId muss eine UUID sein' })
  leistungId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/\S\S/, { message: 'topic muss mindestens zwei Zeichen enthalten' })
  topic?: string;
}
