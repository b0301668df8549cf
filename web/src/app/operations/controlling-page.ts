import { HttpClient, HttpParams } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_CHANNELS,
  type ControllingSummary,
} from '@auskunft/contracts';
import { switchMap } from 'rxjs';
import { type LoadState, toLoadState } from '../core/api/load-state';
import { ControllingCharts } from './controlling-charts';
import { controllingCsv } from './controlling-csv';

interface Period {
  from: string;
  to: string;
}

/** The controlling dashboard (admins): service-center figures, aggregated only. */
@Component({
  selector: 'app-controlling-page',
  imports: [
    ControllingCharts,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './controlling-page.html',
  styleUrl: './controlling-page.scss',
})
export class ControllingPage {
  private readonly http = inject(HttpClient);

  protected readonly channels = CONTACT_CHANNELS;
  protected readonly channelLabels = CONTACT_CHANNEL_LABELS;
  protected from = '';
  protected to = '';
  private readonly period = signal<Period>({ from: '', to: '' });

  protected readonly state = toSignal(
    toObservable(this.period).pipe(
      switchMap(({ from, to }) => {
        let params = new HttpParams();
        if (from) {
          params = params.set('from', from);
        }
        if (to) {
          params = params.set('to', to);
        }
        return toLoadState(
          this.http.get<ControllingSummary>('/api/v1/controlling/summary', {
            params,
          }),
        );
      }),
    ),
    { initialValue: { status: 'loading' } as LoadState<ControllingSummary> },
  );

  protected apply(): void {
    this.period.set({ from: this.from, to: this.to });
  }

  protected percent(value: number | null): string {
    return value === null
      ? '–'
      : `${value.toLocaleString('de-DE', { maximumFractionDigits: 1 })} %`;
  }

  /** Bar width for the small in-table bars (share of the largest value). */
  protected share(value: number, values: number[]): number {
    const max = Math.max(1, ...values);
    return Math.round((value / max) * 100);
  }

  protected dayTotals(summary: ControllingSummary): number[] {
    return summary.contacts.perDay.map((day) => day.total);
  }

  protected download(summary: ControllingSummary): void {
    const blob = new Blob(['\uFEFF', controllingCsv(summary)], {
      type: 'text/csv;charset=utf-8',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `controlling-${summary.from}-${summary.to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }
}
