import { Module } from '@nestjs/common';
import { LeistungenModule } from '../leistungen/leistungen.module';
import { BackupService } from './backup.service';
import { ImportController } from './import.controller';
import { ImportJobs } from './import-jobs';
import { ImportService } from './import.service';

@Module({
  imports: [LeistungenModule],
  controllers: [ImportController],
  providers: [ImportService, BackupService, ImportJobs],
  exports: [ImportService, BackupService],
})
export class ImportModule {}
