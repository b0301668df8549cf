import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_CHANNELS,
  type ControllingSummary,
} from '@auskunft/contracts';
import type { ChartConfiguration } from 'chart.js';
import {
  BaseChartDirective,
  provideCharts,
  withDefaultRegisterables,
} from 'ng2-charts';

/**
 * Charts of the controlling figures (Chart.js via ng2-charts). They are pictures
 * of the tables below them, which carry the same numbers for screen readers.
 */
@Component({
  selector: 'app-controlling-charts',
  imports: [BaseChartDirective],
  providers: [provideCharts(withDefaultRegisterables())],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <canvas
        baseChart
        type="bar"
        role="img"
        [attr.aria-label]="perDayLabel()"
        [data]="perDay()"
        [options]="options"
      ></canvas>
      <figcaption>
        Kontakte pro Tag (gesamt und beim ersten Kontakt erledigt)
      </figcaption>
    </figure>
    <figure class="chart">
      <canvas
        baseChart
        type="bar"
        role="img"
        [attr.aria-label]="channelLabel()"
        [data]="byChannel()"
        [options]="options"
      ></canvas>
      <figcaption>Kontakte nach Kanal</figcaption>
    </figure>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
      gap: 1.5rem;
      margin: 1rem 0;
    }
    .chart {
      margin: 0;
    }
    figcaption {
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class ControllingCharts {
  readonly summary = input.required<ControllingSummary>();

  protected readonly options: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    animation: false,
    locale: 'de-DE',
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  };

  protected readonly perDay = computed<ChartConfiguration<'bar'>['data']>(
    () => {
      const days = this.summary().contacts.perDay;
      return {
        labels: days.map((day) => day.day),
        datasets: [
          { label: 'Kontakte', data: days.map((day) => day.total) },
          {
            label: 'beim ersten Kontakt erledigt',
            data: days.map((day) => day.settled),
          },
        ],
      };
    },
  );

  protected readonly byChannel = computed<ChartConfiguration<'bar'>['data']>(
    () => {
      const channels = this.summary().contacts.byChannel;
      return {
        labels: CONTACT_CHANNELS.map(
          (channel) => CONTACT_CHANNEL_LABELS[channel],
        ),
        datasets: [
          {
            label: 'Kontakte',
            data: CONTACT_CHANNELS.map((channel) => channels[channel]),
          },
        ],
      };
    },
  );

  protected readonly perDayLabel = computed(
    () =>
      `Balkendiagramm: Kontakte an ${this.summary().contacts.perDay.length} Tagen, Zahlen in der Tabelle „Kontakte pro Tag“`,
  );

  protected readonly channelLabel = computed(() => {
    const channels = this.summary().contacts.byChannel;
    return `Balkendiagramm Kontakte nach Kanal: ${CONTACT_CHANNELS.map(
      (channel) => `${CONTACT_CHANNEL_LABELS[channel]} ${channels[channel]}`,
    ).join(', ')}`;
  });
}
