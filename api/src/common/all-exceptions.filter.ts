import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/**
 * The last line of defence: HTTP errors pass through unchanged, malformed
 * request bodies become 400, and anything unexpected is logged and answered
 * with a plain 500 that reveals no internals.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const retryAfter = (body as { retryAfterSeconds?: number })
        .retryAfterSeconds;
      if (typeof retryAfter === 'number') {
        response.setHeader('Retry-After', String(retryAfter));
      }
      response
        .status(exception.getStatus())
        .json(
          typeof body === 'string'
            ? { statusCode: exception.getStatus(), message: body }
            : body,
        );
      return;
    }
    const type = (exception as { type?: string }).type;
    if (type === 'entity.parse.failed' || type === 'entity.too.large') {
      const status =
        type === 'entity.too.large'
          ? HttpStatus.PAYLOAD_TOO_LARGE
          : HttpStatus.BAD_REQUEST;
      response.status(status).json({
        statusCode: status,
        error: 'Bad Request',
        message:
          type === 'entity.too.large'
            ? 'Request body too large'
            : 'Request body is not valid JSON',
      });
      return;
    }
    if (exception instanceof QueryFailedError) {
      this.logger.error(`Database error: ${exception.message}`);
    } else {
      this.logger.error(
        exception instanceof Error
          ? (exception.stack ?? exception.message)
          : String(exception),
      );
    }
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Interner Fehler',
    });
  }
}
