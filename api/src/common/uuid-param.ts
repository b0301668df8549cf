import { ParseUUIDPipe } from '@nestjs/common';

/** Path ids are UUIDs; anything else is a 400 naming the problem, never a database error. */
export const UUID = new ParseUUIDPipe();
