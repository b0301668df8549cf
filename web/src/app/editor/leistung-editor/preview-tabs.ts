import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import type { LeistungStaff } from '@auskunft/contracts';
import { CLOCK } from '../../core/clock';
import {
  LeistungDetail,
  type LeistungView,
} from '../../shared/leistung/leistung-detail';
import type { LeistungFormValue } from '../form/leistung-form';
import { contentOfFormValue } from '../form/leistung-form-mapping';
import {
  type EditorCatalog,
  publicPreview,
  staffPreview,
} from './leistung-preview';

/**
 * The form's current value rendered by the same component agents and citizens
 * see, in both variants. Only the active tab is in the DOM, so the detail's
 * headings and ids exist once.
 */
@Component({
  selector: 'app-preview-tabs',
  imports: [MatTabsModule, LeistungDetail],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="heading" id="preview-heading">Vorschau</h2>
    <p class="hint">
      Zeigt den aktuellen Stand des Formulars, auch ungespeichert.
    </p>
    <mat-tab-group aria-labelledby="preview-heading" mat-stretch-tabs="false">
      <mat-tab label="Vorschau Auskunftsplatz">
        <div class="frame">
          <app-leistung-detail [view]="staffView()" />
        </div>
      </mat-tab>
      <mat-tab label="Vorschau Bürger">
        <div class="frame">
          <app-leistung-detail [view]="publicView()" />
        </div>
      </mat-tab>
    </mat-tab-group>
  `,
  styles: `
    :host {
      display: block;
    }
    .heading {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .hint {
      margin: 0.25rem 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .frame {
      padding: 1rem;
      border: 1px dashed var(--mat-sys-outline);
      border-top: 0;
    }
  `,
})
export class PreviewTabs {
  readonly value = input.required<LeistungFormValue>();
  readonly catalog = input.required<EditorCatalog>();
  readonly leistung = input<LeistungStaff | null>(null);

  private readonly now = inject(CLOCK);

  private readonly content = computed(() => contentOfFormValue(this.value()));

  protected readonly staffView = computed<LeistungView>(() => ({
    audience: 'staff',
    leistung: staffPreview(
      this.content(),
      this.catalog(),
      this.leistung(),
      this.now().toISOString(),
    ),
  }));

  protected readonly publicView = computed<LeistungView>(() => ({
    audience: 'public',
    leistung: publicPreview(
      this.content(),
      this.catalog(),
      this.leistung(),
      this.now().toISOString(),
    ),
  }));
}
