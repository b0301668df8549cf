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
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { checkOnFormEvents } from '../forms/form-events';
import {
  type OpeningExceptionForm,
  type OpeningExceptionsForm,
  openingExceptionForm,
  timeRangeForm,
} from './opening-hours-form';
import { TimeRangesEditor } from './time-ranges-editor';

/** Whether this date control's exception is the one the list reports as a repeated date. */
function isDuplicateDate(control: AbstractControl | null): boolean {
  const exception = control?.parent;
  const list = exception?.parent;
  return (
    !!exception &&
    list instanceof FormArray &&
    list.getError('duplicateDate') === list.controls.indexOf(exception)
  );
}

const DATE_MATCHER: ErrorStateMatcher = {
  isErrorState: (control) =>
    !!control &&
    control.touched &&
    (control.invalid || isDuplicateDate(control)),
};

/**
 * Dated exceptions to the weekly hours: holidays, closing days, longer hours.
 * Each is closed all day or has its own time ranges, plus an optional note.
 */
@Component({
  selector: 'app-opening-exceptions-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TimeRangesEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './opening-exceptions-editor.html',
  styleUrl: './opening-exceptions-editor.scss',
})
export class OpeningExceptionsEditor {
  readonly form = input.required<OpeningExceptionsForm>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly addButton = viewChild.required('addButton', {
    read: ElementRef<HTMLButtonElement>,
  });

  protected readonly dateMatcher = DATE_MATCHER;

  constructor() {
    checkOnFormEvents(this.form);
  }

  protected isDuplicate(index: number): boolean {
    return this.form().getError('duplicateDate') === index;
  }

  protected add(): void {
    this.form().push(openingExceptionForm());
    const index = this.form().length - 1;
    this.focusLater(`[data-exception="${index}"] input[type="date"]`);
  }

  protected remove(index: number): void {
    this.form().removeAt(index);
    this.form().markAsDirty();
    afterNextRender(() => this.addButton().nativeElement.focus(), {
      injector: this.injector,
    });
  }

  /** Closed days have no hours; reopening one starts with an empty range to fill in. */
  protected closedChanged(
    exception: OpeningExceptionForm,
    index: number,
  ): void {
    const hours = exception.controls.hours;
    if (exception.controls.closed.value) {
      hours.clear();
    } else if (!hours.length) {
      hours.push(timeRangeForm());
      this.focusLater(`[data-exception="${index}"] input[data-part="from"]`);
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
