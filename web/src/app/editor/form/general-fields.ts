import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_FIELD_LABELS } from '@auskunft/contracts';
import { checkOnFormEvents } from '../../shared/forms/form-events';
import { type LeistungForm, MAX_LENGTH } from './leistung-form';
import { RichTextEditor } from './rich-text-editor';
import { FieldErrorPipe } from './validation-messages';

/** Names and texts: what a citizen reads first. */
@Component({
  selector: 'app-general-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    RichTextEditor,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = form().controls;
    <mat-form-field appearance="outline">
      <mat-label>{{ labels.title }}</mat-label>
      <input matInput [formControl]="c.title" required autocomplete="off" />
      <mat-hint>Amtliche Bezeichnung, z. B. „Führerschein umtauschen“</mat-hint>
      <mat-error>{{ c.title.errors | fieldError: labels.title }}</mat-error>
    </mat-form-field>

    <mat-form-field appearance="outline">
      <mat-label>{{ labels.plainTitle }}</mat-label>
      <input matInput [formControl]="c.plainTitle" autocomplete="off" />
      <mat-hint>Optional: dieselbe Leistung in Alltagssprache</mat-hint>
      <mat-error>{{
        c.plainTitle.errors | fieldError: labels.plainTitle
      }}</mat-error>
    </mat-form-field>

    <div class="row">
      <mat-form-field appearance="outline">
        <mat-label>{{ labels.slug }}</mat-label>
        <input
          matInput
          [formControl]="c.slug"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
        />
        <mat-hint>
          @if (isNew()) {
            Optional: leer lassen, dann wird sie aus der Bezeichnung erzeugt
          } @else {
            Teil der Adresse in der Bürgerinfo; Änderungen brechen alte Links
          }
        </mat-hint>
        <mat-error>{{ c.slug.errors | fieldError: labels.slug }}</mat-error>
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ labels.leikaKey }}</mat-label>
        <input
          matInput
          [formControl]="c.leikaKey"
          inputmode="numeric"
          maxlength="14"
          autocomplete="off"
        />
        <mat-hint>Optional: 14 Ziffern aus dem Leistungskatalog</mat-hint>
        <mat-error>{{
          c.leikaKey.errors | fieldError: labels.leikaKey
        }}</mat-error>
      </mat-form-field>
    </div>

    <mat-form-field appearance="outline">
      <mat-label>{{ labels.shortText }}</mat-label>
      <textarea
        matInput
        [formControl]="c.shortText"
        required
        rows="3"
        [attr.maxlength]="maxLength.shortText"
      ></textarea>
      <mat-hint
        >Die Kurzantwort, die am Telefon zuerst vorgelesen wird</mat-hint
      >
      <mat-hint align="end"
        >{{ c.shortText.value.length }} / {{ maxLength.shortText }}</mat-hint
      >
      <mat-error>{{
        c.shortText.errors | fieldError: labels.shortText
      }}</mat-error>
    </mat-form-field>

    <app-rich-text-editor
      [control]="c.fullText"
      [label]="labels.fullText"
      hint="Tab verlässt das Textfeld. Strg+B fett, Strg+I kursiv."
    />

    <mat-form-field appearance="outline">
      <mat-label>{{ labels.leichteSprache }}</mat-label>
      <textarea
        matInput
        [formControl]="c.leichteSprache"
        rows="5"
        [attr.maxlength]="maxLength.leichteSprache"
      ></textarea>
      <mat-hint
        >Freiwillig: kurze Zusammenfassung in Leichter Sprache für die
        Bürgerinfo</mat-hint
      >
      <mat-error>{{
        c.leichteSprache.errors | fieldError: labels.leichteSprache
      }}</mat-error>
    </mat-form-field>
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
export class GeneralFields {
  readonly form = input.required<LeistungForm>();
  readonly isNew = input(false);

  protected readonly labels = CONTENT_FIELD_LABELS;
  protected readonly maxLength = MAX_LENGTH;

  constructor() {
    checkOnFormEvents(this.form);
  }
}
