import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { SearchFacets as Facets } from '@auskunft/contracts';
import { hostOf, queryAll, textsOf } from '../../../testing/dom';
import {
  EMPTY_CRITERIA,
  type SearchCriteria,
} from '../../core/api/search-criteria';
import { type FilterChange, SearchFacets } from './search-facets';

const FACETS: Facets = {
  lebenslagen: [
    { value: 'umzug', label: 'Umzug', count: 4 },
    { value: 'familie', label: 'Familie', count: 2 },
  ],
  sachgebiet: [{ value: '32.1', label: 'Führerscheinstelle', count: 3 }],
  standorte: [{ value: 'nord', label: 'Außenstelle Nord', count: 1 }],
};

describe(SearchFacets.name, () => {
  let fixture: ComponentFixture<SearchFacets>;
  let changes: FilterChange[];

  async function render(
    criteria: SearchCriteria,
    facets: Facets = FACETS,
  ): Promise<void> {
    fixture = TestBed.createComponent(SearchFacets);
    fixture.componentRef.setInput('facets', facets);
    fixture.componentRef.setInput('criteria', criteria);
    changes = [];
    fixture.componentInstance.filterChange.subscribe((change) =>
      changes.push(change),
    );
    await fixture.whenStable();
  }

  function chipAction(label: string): HTMLElement {
    const chip = queryAll(hostOf(fixture), 'mat-chip-option').find((option) =>
      option.textContent?.includes(label),
    );
    const action = chip?.querySelector<HTMLElement>('.mat-mdc-chip-action');
    if (!action) {
      throw new Error(`No chip "${label}"`);
    }
    return action;
  }

  it('offers Lebenslagen and Sachgebiet as labelled chip groups with counts', async () => {
    await render(EMPTY_CRITERIA);

    expect(textsOf(hostOf(fixture), 'h3')).toEqual([
      'Lebenslagen',
      'Sachgebiet',
    ]);
    const listbox = hostOf(fixture).querySelector('mat-chip-listbox');
    const heading = hostOf(fixture).querySelector('h3');
    expect(listbox?.getAttribute('aria-labelledby')).toBe(
      heading?.id ?? 'missing',
    );
    expect(chipAction('Umzug').textContent).toContain('4 Treffer');
  });

  it('leaves out groups without values', async () => {
    await render(EMPTY_CRITERIA, { ...FACETS, sachgebiet: [] });

    expect(textsOf(hostOf(fixture), 'h3')).toEqual(['Lebenslagen']);
  });

  it('reports the chosen value', async () => {
    await render(EMPTY_CRITERIA);

    chipAction('Führerscheinstelle').click();

    expect(changes).toEqual([{ filter: 'sachgebiet', value: '32.1' }]);
  });

  it('clears the filter when the selected chip is chosen again', async () => {
    await render({ ...EMPTY_CRITERIA, lebenslage: 'umzug' });

    chipAction('Umzug').click();

    expect(changes).toEqual([{ filter: 'lebenslage', value: null }]);
  });
});
