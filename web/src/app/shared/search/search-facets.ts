import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import type { FacetValue, SearchFacets as Facets } from '@auskunft/contracts';
import type {
  SearchCriteria,
  SearchFilter,
} from '../../core/api/search-criteria';

export interface FilterChange {
  filter: SearchFilter;
  /** null clears the filter. */
  value: string | null;
}

interface FacetGroup {
  filter: SearchFilter;
  label: string;
  values: FacetValue[];
}

let nextId = 0;

const FACET_LABELS: Record<SearchFilter, string> = {
  lebenslage: 'Lebenslagen',
  sachgebiet: 'Sachgebiet',
  standort: 'Standort',
};

/** The response's values for one filter (the API names the lists differently). */
export function facetValuesOf(
  facets: Facets,
  filter: SearchFilter,
): FacetValue[] {
  switch (filter) {
    case 'lebenslage':
      return facets.lebenslagen;
    case 'sachgebiet':
      return facets.sachgebiet;
    case 'standort':
      return facets.standorte;
  }
}

/** Facet chips: one single-choice listbox per facet; choosing a chip again clears it. */
@Component({
  selector: 'app-search-facets',
  imports: [MatChipsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (group of groups(); track group.filter) {
      <div class="group">
        <h3 class="group-heading" [id]="idPrefix + group.filter">
          {{ group.label }}
        </h3>
        <mat-chip-listbox
          [attr.aria-labelledby]="idPrefix + group.filter"
          [value]="criteria()[group.filter]"
          (change)="select(group.filter, $event.value)"
        >
          @for (facet of group.values; track facet.value) {
            <mat-chip-option [value]="facet.value">
              {{ facet.label }}
              <span class="count" aria-hidden="true">{{ facet.count }}</span>
              <span class="visually-hidden">, {{ facet.count }} Treffer</span>
            </mat-chip-option>
          }
        </mat-chip-listbox>
      </div>
    }
  `,
  styles: `
    .group + .group {
      margin-top: 1rem;
    }
    .group-heading {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-small);
    }
    .count {
      margin-left: 0.375rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SearchFacets {
  readonly facets = input.required<Facets>();
  readonly criteria = input.required<SearchCriteria>();
  /** Which facets to offer, in this order; the public guide leaves Standort to the URL. */
  readonly filters = input<readonly SearchFilter[]>([
    'lebenslage',
    'sachgebiet',
  ]);
  readonly filterChange = output<FilterChange>();

  protected readonly idPrefix = `facet-${nextId++}-`;

  protected readonly groups = computed<FacetGroup[]>(() => {
    const facets = this.facets();
    return this.filters()
      .map((filter) => ({
        filter,
        label: FACET_LABELS[filter],
        values: facetValuesOf(facets, filter),
      }))
      .filter((group) => group.values.length > 0);
  });

  protected select(filter: SearchFilter, value: unknown): void {
    this.filterChange.emit({
      filter,
      value: typeof value === 'string' && value ? value : null,
    });
  }
}
