import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  viewChild,
} from '@angular/core';
import {
  type AbstractControl,
  FormArray,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { checkOnFormEvents } from '../forms/form-events';
import {
  type OverlapError,
  type TimeRangesForm,
  timeRangeForm,
} from './opening-hours-form';

/** The earlier range a range overlaps with, when the day's list reports this one. */
function overlapPartner(range: AbstractControl | null): number | null {
  const day = range?.parent;
  if (!range || !(day instanceof FormArray)) {
    return null;
  }
  const overlap = day.getError('overlap') as OverlapError | null;
  return overlap && day.controls.indexOf(range) === overlap.index
    ? overlap.other
    : null;
}

/** "von" shows the overlap of its range, "bis" a range ending before it starts. */
const FROM_MATCHER: ErrorStateMatcher = {
  isErrorState: (control) =>
    !!control &&
    control.touched &&
    (control.invalid || overlapPartner(control.parent) !== null),
};
const TO_MATCHER: ErrorStateMatcher = {
  isErrorState: (control) =>
    !!control &&
    control.touched &&
    (control.invalid || !!control.parent?.hasError('order')),
};

/**
 * One day's time ranges ("HH:mm – HH:mm"): add, change, remove. No range means
 * closed. Each range is a labelled group, so screen readers hear
 * "Montag, Zeitraum 1, von"; errors sit at the field they are about.
 */
@Component({
  selector: 'app-time-ranges-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './time-ranges-editor.html',
  styleUrl: './time-ranges-editor.scss',
})
export class TimeRangesEditor {
  readonly ranges = input.required<TimeRangesForm>();
  /** Names the day in every control, e.g. "Montag". */
  readonly label = input.required<string>();
  readonly emptyText = input('Geschlossen');

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly addButton = viewChild.required('addButton', {
    read: ElementRef<HTMLButtonElement>,
  });

  protected readonly fromMatcher = FROM_MATCHER;
  protected readonly toMatcher = TO_MATCHER;

  constructor() {
    checkOnFormEvents(this.ranges);
  }

  protected rangeName(index: number): string {
    return `${this.label()}, Zeitraum ${index + 1}`;
  }

  protected overlapMessage(index: number): string | null {
    const other = overlapPartner(this.ranges().at(index));
    return other === null
      ? null
      : `Überschneidet sich mit Zeitraum ${other + 1}.`;
  }

  protected add(): void {
    this.ranges().push(timeRangeForm());
    afterNextRender(
      () => {
        const starts =
          this.host.nativeElement.querySelectorAll<HTMLInputElement>(
            'input[data-part="from"]',
          );
        starts.item(starts.length - 1)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    this.ranges().removeAt(index);
    this.ranges().markAsDirty();
    // The removed button took focus with it; the add button is next to it and always there.
    afterNextRender(() => this.addButton().nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
