import { IsOptional, Matches } from 'class-validator';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class ControllingQueryDto {
  /** First office day, "YYYY-MM-DD" (default: 29 days before `to`). */
  @IsOptional()
  @Matches(DAY, { message: 'from muss ein Datum JJJJ-MM-TT sein' })
  from?: string;

  /** Last office day, "YYYY-MM-DD" (default: today). */
  @IsOptional()
  @Matches(DAY, { message: 'to muss ein Datum JJJJ-MM-TT sein' })
  to?: string;
}
