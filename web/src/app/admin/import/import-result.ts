import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  computed,
  inject,
  input,
} from '@angular/core';
import type { ImportJob } from '../../core/api/import-api';
import { FocusOnRender } from '../../shared/focus-on-render';
import { durationText } from './import-texts';

/**
 * The outcome of a finished import: the counts, the records the import
 * rejected and those it repaired, or why the job failed. Rendered once the
 * job has ended; its heading takes the focus so screen readers start here.
 */
@Component({
  selector: 'app-import-result',
  imports: [DatePipe, DecimalPipe, FocusOnRender],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-result.html',
  styleUrls: ['../admin-table.scss', './import-result.scss'],
})
export class ImportResult {
  readonly job = input.required<ImportJob>();

  private readonly locale = inject(LOCALE_ID);

  protected readonly report = computed(() => this.job().report);
  protected readonly heading = computed(() => {
    const job = this.job();
    if (job.status === 'failed') {
      return 'Import fehlgeschlagen';
    }
    return job.report?.dryRun
      ? 'Ergebnis des Probelaufs'
      : 'Ergebnis des Imports';
  });
  protected readonly duration = computed(() => {
    const report = this.report();
    return report ? durationText(report.durationMs, this.locale) : '';
  });
}
