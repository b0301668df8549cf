import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_FIELD_LABELS } from '@auskunft/contracts';
import { checkOnFormEvents } from '../../shared/forms/form-events';
import { type LeistungForm, linkForm } from './leistung-form';
import { ListItemTemplate, RepeatableList } from './repeatable-list';
import { FieldErrorPipe } from './validation-messages';

const LINK_LISTS = [
  {
    field: 'onlineServices',
    itemLabel: 'Online-Dienst',
    addLabel: 'Online-Dienst hinzufügen',
  },
  { field: 'forms', itemLabel: 'Formular', addLabel: 'Formular hinzufügen' },
  { field: 'furtherLinks', itemLabel: 'Link', addLabel: 'Link hinzufügen' },
] as const;

/** Formulare, Online-Dienste and weiterführende Links: name and address each. */
@Component({
  selector: 'app-link-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    RepeatableList,
    ListItemTemplate,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (list of lists(); track list.field) {
      <h3 class="list-heading">{{ list.heading }}</h3>
      <app-repeatable-list
        [array]="list.array"
        [itemLabel]="list.itemLabel"
        [addLabel]="list.addLabel"
        emptyText="Noch keine Einträge."
        [create]="newLink"
      >
        <ng-template [appListItem]="list.array" let-link>
          @let l = link.controls;
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>Name</mat-label>
              <input matInput [formControl]="l.name" required />
              <mat-error>{{ l.name.errors | fieldError: 'Name' }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Adresse (URL)</mat-label>
              <input
                matInput
                type="url"
                inputmode="url"
                placeholder="https://"
                [formControl]="l.url"
                required
              />
              <mat-error>{{
                l.url.errors | fieldError: 'Adresse (URL)'
              }}</mat-error>
            </mat-form-field>
          </div>
        </ng-template>
      </app-repeatable-list>
    }
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
      grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    }
  `,
})
export class LinkFields {
  readonly form = input.required<LeistungForm>();

  protected readonly newLink = () => linkForm();
  protected readonly lists = computed(() =>
    LINK_LISTS.map((list) => ({
      ...list,
      heading: CONTENT_FIELD_LABELS[list.field],
      array: this.form().controls[list.field],
    })),
  );

  constructor() {
    checkOnFormEvents(this.form);
  }
}
