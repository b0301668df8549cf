import {
  ChangeDetectionStrategy,
  Component,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { WEEKDAYS, type Weekday } from '@auskunft/contracts';
import { checkOnFormEvents } from '../forms/form-events';
import {
  WEEKDAY_NAMES,
  type WeeklyHoursForm,
  setTimeRanges,
} from './opening-hours-form';
import { TimeRangesEditor } from './time-ranges-editor';

const WORKDAYS_AFTER_MONDAY: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri'];

/**
 * Weekly opening hours, one fieldset per weekday with any number of time
 * ranges. Used for Standorte and Sachgebiete; build the form with
 * `weeklyHoursForm()` and read it with `weeklyHoursValue()`.
 */
@Component({
  selector: 'app-opening-hours-editor',
  imports: [MatButtonModule, TimeRangesEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="week">
      <legend class="legend">{{ legend() }}</legend>
      <p class="hint">
        Ein Tag ohne Zeitraum gilt als geschlossen. Mittagspausen als zwei
        Zeiträume eintragen.
      </p>
      @for (day of days; track day) {
        <fieldset class="day">
          <legend class="day-name">{{ names[day] }}</legend>
          <app-time-ranges-editor
            [ranges]="form().controls[day]"
            [label]="names[day]"
          />
        </fieldset>
      }
      <div class="copy">
        <button mat-button type="button" (click)="copyMonday()">
          Zeiten vom Montag für Dienstag bis Freitag übernehmen
        </button>
        <p class="copied" role="status">{{ copied() }}</p>
      </div>
    </fieldset>
  `,
  styles: `
    .week,
    .day {
      margin: 0;
      border: 0;
      padding: 0;
      min-width: 0;
    }
    .week {
      display: grid;
      gap: 1rem;
    }
    .legend {
      padding: 0;
      font: var(--mat-sys-title-medium);
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .day {
      padding-block: 0.75rem 0.25rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .day-name {
      padding: 0;
      margin-bottom: 0.5rem;
      font: var(--mat-sys-title-small);
    }
    .copied {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OpeningHoursEditor {
  readonly form = input.required<WeeklyHoursForm>();
  readonly legend = input('Öffnungszeiten');

  protected readonly days = WEEKDAYS;
  protected readonly names = WEEKDAY_NAMES;
  protected readonly copied = signal('');

  constructor() {
    checkOnFormEvents(this.form);
  }

  /** Most offices keep the same hours Monday to Friday; saves typing them five times. */
  protected copyMonday(): void {
    const week = this.form();
    const monday = week.controls.mon.getRawValue();
    for (const day of WORKDAYS_AFTER_MONDAY) {
      setTimeRanges(week.controls[day], monday);
    }
    week.markAsDirty();
    this.copied.set(
      monday.length
        ? 'Die Zeiten vom Montag gelten jetzt auch für Dienstag bis Freitag.'
        : 'Dienstag bis Freitag sind jetzt wie Montag geschlossen.',
    );
  }
}
