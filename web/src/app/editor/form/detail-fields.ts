import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_FIELD_LABELS } from '@auskunft/contracts';
import { checkOnFormEvents } from '../../shared/forms/form-events';
import type { LeistungForm } from './leistung-form';
import { SearchTermsField } from './search-terms-field';
import { FieldErrorPipe } from './validation-messages';

/** How the Leistung works: prerequisites, procedure, times, law, and the words people search for. */
@Component({
  selector: 'app-detail-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    SearchTermsField,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = form().controls;
    <mat-form-field appearance="outline">
      <mat-label>{{ labels.prerequisites }}</mat-label>
      <textarea matInput [formControl]="c.prerequisites" rows="4"></textarea>
      <mat-hint>Eine Voraussetzung pro Zeile</mat-hint>
      <mat-error>{{
        c.prerequisites.errors | fieldError: labels.prerequisites
      }}</mat-error>
    </mat-form-field>

    <mat-form-field appearance="outline">
      <mat-label>{{ labels.procedure }}</mat-label>
      <textarea matInput [formControl]="c.procedure" rows="5"></textarea>
      <mat-hint
        >Ein Schritt pro Zeile, gern nummeriert („1. Antrag stellen“)</mat-hint
      >
      <mat-error>{{
        c.procedure.errors | fieldError: labels.procedure
      }}</mat-error>
    </mat-form-field>

    <div class="row">
      <mat-form-field appearance="outline">
        <mat-label>{{ labels.processingTime }}</mat-label>
        <textarea matInput [formControl]="c.processingTime" rows="2"></textarea>
        <mat-error>{{
          c.processingTime.errors | fieldError: labels.processingTime
        }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ labels.deadlines }}</mat-label>
        <textarea matInput [formControl]="c.deadlines" rows="2"></textarea>
        <mat-error>{{
          c.deadlines.errors | fieldError: labels.deadlines
        }}</mat-error>
      </mat-form-field>
    </div>

    <mat-form-field appearance="outline">
      <mat-label>{{ labels.legalBasis }}</mat-label>
      <textarea matInput [formControl]="c.legalBasis" rows="2"></textarea>
      <mat-error>{{
        c.legalBasis.errors | fieldError: labels.legalBasis
      }}</mat-error>
    </mat-form-field>

    <app-search-terms-field
      [control]="c.searchTerms"
      [label]="labels.searchTerms"
      hint="Wörter, unter denen Anrufende die Leistung suchen, auch umgangssprachlich"
    />
  `,
  styles: `
    :host {
      display: grid;
      gap: 1rem;
    }
    .row {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(min(15rem, 100%), 1fr));
    }
  `,
})
export class DetailFields {
  readonly form = input.required<LeistungForm>();

  protected readonly labels = CONTENT_FIELD_LABELS;

  constructor() {
    checkOnFormEvents(this.form);
  }
}
