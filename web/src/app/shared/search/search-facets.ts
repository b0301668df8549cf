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
  readonly filterChange = output<FilterChange>();

  protected readonly idPrefix = `facet-${nextId++}-`;

  /** The facets agents and citizens filter by; Standort stays a URL-only filter for now. */
  protected readonly groups = computed<FacetGroup[]>(() => {
    const facets = this.facets();
    const groups: FacetGroup[] = [
      {
        filter: 'lebenslage',
        label: 'Lebenslagen',
        values: facets.lebenslagen,
      },
      { filter: 'sachgebiet', label: 'Sachgebiet', values: facets.sachgebiet },
    ];
    return groups.filter((group) => group.values.length > 0);
  });

  protected select(filter: SearchFilter, value: unknown): void {
    this.filterChange.emit({
      filter,
      value: typeof value === 'string' && value ? value : null,
    });
  }
}
