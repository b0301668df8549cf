import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FocusOnRender } from '../../shared/focus-on-render';
import type { LoadedForm } from './catalog-form';
import type { SaveFlow } from './save-flow';

/**
 * What every catalog form page shows around its fields: the heading, the loading and
 * not-found states, the alert for problems without a field, and Speichern / Abbrechen.
 * The page puts its fields inside and binds its form group on this element, so that
 * the fields find it and a submit of the inner form reaches the page's `ngSubmit`:
 *
 * `<app-catalog-form-frame [formGroup]="form" (ngSubmit)="submit()" …>fields</…>`
 */
@Component({
  selector: 'app-catalog-form-frame',
  imports: [RouterLink, MatButtonModule, FocusOnRender],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalog-form-frame.html',
  styleUrl: './catalog-form-page.scss',
})
export class CatalogFormFrame {
  readonly heading = input.required<string>();
  readonly loaded = input.required<LoadedForm<unknown>>();
  readonly flow = input.required<SaveFlow>();
  readonly listLink = input.required<string[]>();
  /** Shown when the route's entry does not exist, e.g. "Dieses Sachgebiet gibt es nicht (mehr)." */
  readonly notFound = input.required<string>();
  /** The link back, e.g. "Zur Liste der Sachgebiete". */
  readonly backToList = input.required<string>();
}
