import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CONTENT_FIELD_LABELS } from '@auskunft/contracts';
import { checkOnFormEvents } from '../../shared/forms/form-events';
import { type LeistungForm, documentForm, feeForm } from './leistung-form';
import { ListItemTemplate, RepeatableList } from './repeatable-list';
import { FieldErrorPipe } from './validation-messages';

/** Erforderliche Unterlagen and Gebühren, each a list the editor can reorder. */
@Component({
  selector: 'app-document-fee-fields',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RepeatableList,
    ListItemTemplate,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = form().controls;
    <h3 class="list-heading">{{ labels.requiredDocuments }}</h3>
    <app-repeatable-list
      [array]="c.requiredDocuments"
      itemLabel="Unterlage"
      addLabel="Unterlage hinzufügen"
      emptyText="Noch keine Unterlagen eingetragen."
      [create]="newDocument"
    >
      <ng-template [appListItem]="c.requiredDocuments" let-document>
        @let d = document.controls;
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Bezeichnung der Unterlage</mat-label>
            <input matInput [formControl]="d.name" required />
            <mat-error>{{
              d.name.errors | fieldError: 'Bezeichnung der Unterlage'
            }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Erforderlich</mat-label>
            <mat-select [formControl]="d.condition">
              <mat-option value="always">Immer</mat-option>
              <mat-option value="conditional"
                >Nur in bestimmten Fällen</mat-option
              >
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Hinweis</mat-label>
          <input matInput [formControl]="d.note" />
          <mat-hint>z. B. in welchen Fällen die Unterlage nötig ist</mat-hint>
          <mat-error>{{ d.note.errors | fieldError: 'Hinweis' }}</mat-error>
        </mat-form-field>
        <mat-checkbox [formControl]="d.originalRequired"
          >Original erforderlich (Kopie reicht nicht)</mat-checkbox
        >
      </ng-template>
    </app-repeatable-list>

    <h3 class="list-heading">{{ labels.fees }}</h3>
    <app-repeatable-list
      [array]="c.fees"
      itemLabel="Gebühr"
      addLabel="Gebühr hinzufügen"
      emptyText="Noch keine Gebühren eingetragen – die Leistung gilt dann als gebührenfrei oder ohne Angabe."
      [create]="newFee"
    >
      <ng-template [appListItem]="c.fees" let-fee>
        @let f = fee.controls;
        <mat-form-field appearance="outline">
          <mat-label>Bezeichnung der Gebühr</mat-label>
          <input matInput [formControl]="f.label" required />
          <mat-error>{{
            f.label.errors | fieldError: 'Bezeichnung der Gebühr'
          }}</mat-error>
        </mat-form-field>
        <div class="row amounts">
          <mat-form-field appearance="outline">
            <mat-label>Betrag ab</mat-label>
            <input
              matInput
              type="number"
              min="0"
              step="0.01"
              inputmode="decimal"
              [formControl]="f.amountMin"
            />
            <mat-hint>Leer, wenn der Betrag schwankt</mat-hint>
            <mat-error>{{
              f.amountMin.errors | fieldError: 'Betrag ab'
            }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Betrag bis</mat-label>
            <input
              matInput
              type="number"
              min="0"
              step="0.01"
              inputmode="decimal"
              [formControl]="f.amountMax"
            />
            <mat-hint>Nur bei einer Spanne</mat-hint>
            <mat-error>{{
              f.amountMax.errors | fieldError: 'Betrag bis'
            }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="currency">
            <mat-label>Währung</mat-label>
            <input
              matInput
              [formControl]="f.currency"
              maxlength="3"
              autocapitalize="characters"
            />
            <mat-error>{{
              f.currency.errors | fieldError: 'Währung'
            }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Hinweis zur Gebühr</mat-label>
          <input matInput [formControl]="f.note" />
          <mat-error>{{
            f.note.errors | fieldError: 'Hinweis zur Gebühr'
          }}</mat-error>
        </mat-form-field>
      </ng-template>
    </app-repeatable-list>
  `,
  styles: `
    :host {
      display: grid;
      gap: 1rem;
    }
    .list-heading {
      margin: 0.5rem 0 0.25rem;
      font: var(--mat-sys-title-medium);
    }
    .row {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class DocumentFeeFields {
  readonly form = input.required<LeistungForm>();

  protected readonly labels = CONTENT_FIELD_LABELS;
  protected readonly newDocument = () => documentForm();
  protected readonly newFee = () => feeForm();

  constructor() {
    checkOnFormEvents(this.form);
  }
}
