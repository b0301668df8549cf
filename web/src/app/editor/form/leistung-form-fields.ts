import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_FIELD_LABELS } from '@auskunft/contracts';
import { AssignmentFields, type PickerOption } from './assignment-fields';
import { DetailFields } from './detail-fields';
import { DocumentFeeFields } from './document-fee-fields';
import { checkOnFormEvents } from '../../shared/forms/form-events';
import { GeneralFields } from './general-fields';
import type { LeistungForm } from './leistung-form';
import { LinkFields } from './link-fields';
import { FieldErrorPipe } from './validation-messages';

/** Every content field of a Leistung, grouped as the editors think of them. */
@Component({
  selector: 'app-leistung-form-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    GeneralFields,
    DocumentFeeFields,
    DetailFields,
    LinkFields,
    AssignmentFields,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = form().controls;
    <section class="section" aria-labelledby="form-general">
      <h2 id="form-general" class="section-heading">Bezeichnung und Texte</h2>
      <app-general-fields [form]="form()" [isNew]="isNew()" />
    </section>

    <section class="section" aria-labelledby="form-documents">
      <h2 id="form-documents" class="section-heading">
        Unterlagen und Gebühren
      </h2>
      <app-document-fee-fields [form]="form()" />
    </section>

    <section class="section" aria-labelledby="form-details">
      <h2 id="form-details" class="section-heading">
        Ablauf, Fristen und Suchbegriffe
      </h2>
      <app-detail-fields [form]="form()" />
    </section>

    <section class="section" aria-labelledby="form-links">
      <h2 id="form-links" class="section-heading">
        Online-Dienste, Formulare und Links
      </h2>
      <app-link-fields [form]="form()" />
    </section>

    <section class="section" aria-labelledby="form-assignment">
      <h2 id="form-assignment" class="section-heading">
        Zuständigkeit und Gültigkeit
      </h2>
      <app-assignment-fields
        [form]="form()"
        [sachgebiete]="sachgebiete()"
        [lebenslagen]="lebenslagen()"
        [standorte]="standorte()"
        [allowNoSachgebiet]="allowNoSachgebiet()"
      />
    </section>

    <section class="section internal" aria-labelledby="form-internal">
      <h2 id="form-internal" class="section-heading">
        <span class="badge">Nur intern</span> {{ labels.internalNotes }}
      </h2>
      <p class="internal-note">
        Nur für Mitarbeitende sichtbar, nie in der Bürgerinfo. Nicht am Telefon
        vorlesen.
      </p>
      <mat-form-field appearance="outline">
        <mat-label>{{ labels.internalNotes }} (nur intern)</mat-label>
        <textarea matInput [formControl]="c.internalNotes" rows="4"></textarea>
        <mat-error>{{
          c.internalNotes.errors | fieldError: labels.internalNotes
        }}</mat-error>
      </mat-form-field>
    </section>

    <section class="section" aria-labelledby="form-change">
      <h2 id="form-change" class="section-heading">Änderung</h2>
      <mat-form-field appearance="outline">
        <mat-label>Änderungsnotiz</mat-label>
        <textarea matInput [formControl]="c.changeNote" rows="2"></textarea>
        <mat-hint
          >Was haben Sie geändert und warum? Hilft bei der Prüfung.</mat-hint
        >
        <mat-error>{{
          c.changeNote.errors | fieldError: 'Änderungsnotiz'
        }}</mat-error>
      </mat-form-field>
    </section>
  `,
  styleUrl: './leistung-form-fields.scss',
})
export class LeistungFormFields {
  readonly form = input.required<LeistungForm>();
  readonly isNew = input(false);
  readonly sachgebiete = input.required<PickerOption[]>();
  readonly lebenslagen = input.required<PickerOption[]>();
  readonly standorte = input.required<PickerOption[]>();
  readonly allowNoSachgebiet = input(false);

  protected readonly labels = CONTENT_FIELD_LABELS;

  constructor() {
    checkOnFormEvents(this.form);
  }
}
