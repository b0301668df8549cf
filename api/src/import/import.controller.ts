import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { SessionUser } from '@auskunft/contracts';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { notFound } from '../common/api-errors';
import { UUID } from '../common/uuid-param';
import { BackupService } from './backup.service';
import { IMPORT_FORMATS, readItems, type ImportFormat } from './import-readers';
import { ImportJobs, type ImportJob } from './import-jobs';
import { ImportService } from './import.service';
import type { ImportReport } from './import-types';

const asBoolean = ({ value }: { value: unknown }) =>
  value === true || value === 'true' || value === 'on';

export class ImportUploadDto {
  @IsIn(IMPORT_FORMATS)
  format!: ImportFormat;

  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  publish?: boolean;

  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  dryRun?: boolean;
}

interface UploadedFile {
  path: string;
  originalname: string;
}

const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

@ApiTags('import')
@Controller({ path: 'imports', version: '1' })
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly backup: BackupService,
    private readonly jobs: ImportJobs,
  ) {}

  /** Uploads a DLDB JSON (with optional locations file), XZuFi XML or backup JSON file and starts the import. */
  @Post()
  @HttpCode(202)
  @RequirePermission('system:manage')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(
    FileFieldsInterceptor(
      [
        { name: 'file', maxCount: 1 },
        { name: 'locations', maxCount: 1 },
      ],
      { dest: tmpdir(), limits: { fileSize: MAX_UPLOAD_BYTES } },
    ),
  )
  start(
    @Body() body: ImportUploadDto,
    @UploadedFiles()
    files: { file?: UploadedFile[]; locations?: UploadedFile[] },
    @CurrentUser() user: SessionUser,
  ): ImportJob {
    const file = files?.file?.[0];
    if (!file) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: ['file: Bitte eine Datei wählen.'],
        fields: { file: ['Bitte eine Datei wählen.'] },
      });
    }
    const locations = files.locations?.[0];
    const cleanup = () =>
      Promise.all(
        [file, locations]
          .filter(Boolean)
          .map((upload) => rm((upload as UploadedFile).path, { force: true })),
      );
    return this.jobs.start(file.originalname, async (progress) => {
      try {
        if (body.format === 'json') {
          const counts = await this.backup.restore(file.path);
          return {
            format: 'json',
            dryRun: false,
            published: true,
            handled: counts['leistungen'] ?? 0,
            created: counts['leistungen'] ?? 0,
            updated: 0,
            unchanged: 0,
            rejected: [],
            warnings: [],
            standorte: {
              created: counts['standorte'] ?? 0,
              updated: 0,
              unchanged: 0,
            },
            durationMs: 0,
          } satisfies ImportReport;
        }
        return await this.imports.run(
          readItems(body.format, file.path, locations?.path),
          {
            format: body.format,
            publish: body.publish ?? false,
            dryRun: body.dryRun ?? false,
            actor: user,
            onProgress: progress,
          },
        );
      } finally {
        await cleanup();
      }
    });
  }

  @Get(':id')
  @RequirePermission('system:manage')
  status(@Param('id', UUID) id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job) {
      throw notFound('Import', id);
    }
    return job;
  }
}
