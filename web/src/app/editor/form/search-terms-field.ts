import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  signal,
} from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  type MatChipInputEvent,
  MatChipsModule,
} from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { checkOnFormEvents } from '../../shared/forms/form-events';

/** Suchbegriffe as chips: Enter, comma or semicolon adds one, the chip's button removes it. */
@Component({
  selector: 'app-search-terms-field',
  imports: [ReactiveFormsModule, MatChipsModule, MatFormFieldModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let field = control();
    <mat-form-field appearance="outline" class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid
        #grid
        [formControl]="field"
        [attr.aria-label]="'Eingetragene ' + label()"
      >
        @for (term of field.value; track term) {
          <mat-chip-row (removed)="remove(term)">
            {{ term }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="term + ' entfernen'"
            >
              <svg
                aria-hidden="true"
                focusable="false"
                viewBox="0 0 24 24"
                width="18"
                height="18"
              >
                <path
                  fill="currentColor"
                  d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"
                />
              </svg>
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Beside the grid, not in it: a grid may only contain rows (axe aria-required-children). -->
      <input
        placeholder="Begriff eingeben, Enter fügt hinzu"
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="separators"
        [matChipInputAddOnBlur]="true"
        (matChipInputTokenEnd)="add($event)"
      />
      <mat-hint>{{ hint() }}</mat-hint>
    </mat-form-field>
    <p class="visually-hidden" role="status">{{ announcement() }}</p>
  `,
  styles: `
    .field {
      width: 100%;
    }
  `,
})
export class SearchTermsField {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input.required<string>();
  readonly hint = input('');

  protected readonly separators = [ENTER, COMMA, SEMICOLON] as const;
  protected readonly announcement = signal('');

  constructor() {
    checkOnFormEvents(this.control);
  }

  protected add(event: MatChipInputEvent): void {
    const term = event.value.trim();
    event.chipInput.clear();
    const control = this.control();
    if (!term) {
      return;
    }
    if (
      control.value.some(
        (existing) => existing.toLowerCase() === term.toLowerCase(),
      )
    ) {
      this.announcement.set(`„${term}“ ist schon eingetragen.`);
      return;
    }
    control.setValue([...control.value, term]);
    control.markAsDirty();
    this.announcement.set(`„${term}“ hinzugefügt.`);
  }

  protected remove(term: string): void {
    const control = this.control();
    control.setValue(control.value.filter((existing) => existing !== term));
    control.markAsDirty();
    this.announcement.set(`„${term}“ entfernt.`);
  }
}
