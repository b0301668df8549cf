import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  type TimeRange,
  WEEKDAYS,
  type Weekday,
  type WeeklyHours,
} from '@auskunft/contracts';

const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Montag',
  tue: 'Dienstag',
  wed: 'Mittwoch',
  thu: 'Donnerstag',
  fri: 'Freitag',
  sat: 'Samstag',
  sun: 'Sonntag',
};

const WEEKEND: readonly Weekday[] = ['sat', 'sun'];

export function formatTimeRanges(ranges: readonly TimeRange[]): string {
  return ranges.map((range) => `${range.from} – ${range.to} Uhr`).join(', ');
}

export function hasOpeningHours(
  hours: WeeklyHours | null | undefined,
): boolean {
  return !!hours && WEEKDAYS.some((day) => (hours[day] ?? []).length > 0);
}

/** Weekly opening hours as a table; closed weekend days are left out as noise. */
@Component({
  selector: 'app-opening-hours',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length) {
      <table class="hours">
        <caption>
          {{
            caption()
          }}
        </caption>
        <tbody>
          @for (row of rows(); track row.day) {
            <tr>
              <th scope="row">{{ row.day }}</th>
              <td>{{ row.times }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    .hours {
      border-collapse: collapse;
      margin: 0.5rem 0;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-bottom: 0.25rem;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem 1.5rem 0.25rem 0;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font-weight: 500;
    }
  `,
})
export class OpeningHours {
  readonly hours = input.required<WeeklyHours>();
  readonly caption = input('Öffnungszeiten');

  protected readonly rows = computed(() => {
    const hours = this.hours();
    if (!hasOpeningHours(hours)) {
      return [];
    }
    return WEEKDAYS.filter(
      (day) => !WEEKEND.includes(day) || (hours[day] ?? []).length > 0,
    ).map((day) => ({
      day: WEEKDAY_NAMES[day],
      times: formatTimeRanges(hours[day] ?? []) || 'geschlossen',
    }));
  });
}
