import {
  BadRequestException,
  ConflictException,
  NotFoundException,
} from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/** A 400 that names the field, in the same shape the global validation pipe produces. */
export function fieldError(
  field: string,
  message: string,
): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: [`${field}: ${message}`],
    fields: { [field]: [message] },
  });
}

export function notFound(what: string, key: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    message: `${what} "${key}" not found`,
  });
}

export function conflict(
  message: string,
  details: Record<string, unknown> = {},
): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message,
    ...details,
  });
}

/** Flattens nested class-validator errors into "path → messages", e.g. "fees.0.amountMin". */
export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) {
      fields[path] = Object.values(error.constraints).map((message) =>
        // class-validator names only the leaf property; for nested fields the full path is clearer.
        message.startsWith(error.property) && path !== error.property
          ? path + message.slice(error.property.length)
          : message,
      );
    }
    if (error.children && error.children.length > 0) {
      Object.assign(fields, flattenValidationErrors(error.children, path));
    }
  }
  return fields;
}

export function validationException(
  errors: ValidationError[],
): BadRequestException {
  const fields = flattenValidationErrors(errors);
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: Object.values(fields).flat(),
    fields,
  });
}

/**
 * The fields a client actually sent. DTO classes declare every optional field
 * (ES2022 class fields), so absent ones exist as `undefined` and must not
 * overwrite defaults or stored values.
 */
export function sentFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(dto).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
