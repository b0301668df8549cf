import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CONTENT_FIELD_LABELS } from '@auskunft/contracts';
import { checkOnFormEvents } from '../../shared/forms/form-events';
import type { LeistungForm } from './leistung-form';
import { FieldErrorPipe } from './validation-messages';

/** A choice in a picker: the key the content stores and what the editor reads. */
export interface PickerOption {
  value: string;
  label: string;
}

/** Who is responsible, where, for which Lebenslagen, and from when to when. */
@Component({
  selector: 'app-assignment-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = form().controls;
    <mat-form-field appearance="outline">
      <mat-label>{{ labels.sachgebiet }}</mat-label>
      <mat-select
        [formControl]="c.sachgebiet"
        [required]="!allowNoSachgebiet()"
      >
        @if (allowNoSachgebiet()) {
          <mat-option [value]="null">Kein Sachgebiet</mat-option>
        }
        @for (option of sachgebiete(); track option.value) {
          <mat-option [value]="option.value">{{ option.label }}</mat-option>
        }
      </mat-select>
      @if (!allowNoSachgebiet()) {
        <mat-hint>Sie können nur Ihre eigenen Sachgebiete wählen.</mat-hint>
      }
      <mat-error>{{
        c.sachgebiet.errors | fieldError: labels.sachgebiet
      }}</mat-error>
    </mat-form-field>

    <div class="row">
      <mat-form-field appearance="outline">
        <mat-label>{{ labels.lebenslagen }}</mat-label>
        <mat-select [formControl]="c.lebenslagen" multiple>
          @for (option of lebenslagen(); track option.value) {
            <mat-option [value]="option.value">{{ option.label }}</mat-option>
          }
        </mat-select>
        <mat-hint>Mehrfachauswahl</mat-hint>
        <mat-error>{{
          c.lebenslagen.errors | fieldError: labels.lebenslagen
        }}</mat-error>
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ labels.standorte }}</mat-label>
        <mat-select [formControl]="c.standorte" multiple>
          @for (option of standorte(); track option.value) {
            <mat-option [value]="option.value">{{ option.label }}</mat-option>
          }
        </mat-select>
        <mat-hint>Mehrfachauswahl</mat-hint>
        <mat-error>{{
          c.standorte.errors | fieldError: labels.standorte
        }}</mat-error>
      </mat-form-field>
    </div>

    <div class="row">
      <mat-form-field appearance="outline">
        <mat-label>{{ labels.validFrom }}</mat-label>
        <input matInput type="date" [formControl]="c.validFrom" />
        <mat-hint>Optional</mat-hint>
        <mat-error>{{
          c.validFrom.errors | fieldError: labels.validFrom
        }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ labels.validTo }}</mat-label>
        <input matInput type="date" [formControl]="c.validTo" />
        <mat-hint>Optional, nicht vor „Gültig ab“</mat-hint>
        <mat-error>{{
          c.validTo.errors | fieldError: labels.validTo
        }}</mat-error>
      </mat-form-field>
    </div>
  `,
  styles: `
    :host {
      display: grid;
      gap: 1rem;
    }
    .row {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    }
  `,
})
export class AssignmentFields {
  readonly form = input.required<LeistungForm>();
  readonly sachgebiete = input.required<PickerOption[]>();
  readonly lebenslagen = input.required<PickerOption[]>();
  readonly standorte = input.required<PickerOption[]>();
  /** Only admins may leave a Leistung without Sachgebiet. */
  readonly allowNoSachgebiet = input(false);

  protected readonly labels = CONTENT_FIELD_LABELS;

  constructor() {
    checkOnFormEvents(this.form);
  }
}
