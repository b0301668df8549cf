import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { LoginRequest } from '@auskunft/contracts';

export class LoginDto implements LoginRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}
