import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { RevisionComparison } from '@auskunft/contracts';
import { hostOf, queryAll, textsOf } from '../../../testing/dom';
import { RevisionComparisonView } from './revision-comparison-view';

describe(RevisionComparisonView.name, () => {
  let fixture: ComponentFixture<RevisionComparisonView>;
  let host: HTMLElement;

  /** The whole text, words for screen readers and markers included. */
  function contentsOf(root: ParentNode, selector: string): string[] {
    return queryAll(root, selector).map((element) =>
      (element.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim(),
    );
  }

  async function render(comparison: RevisionComparison): Promise<void> {
    fixture = TestBed.createComponent(RevisionComparisonView);
    fixture.componentRef.setInput('comparison', comparison);
    await fixture.whenStable();
    host = hostOf(fixture);
  }

  it('shows a word diff for text with ins/del, visible markers and words for screen readers', async () => {
    await render({
      from: 2,
      to: 5,
      changes: [
        {
          field: 'shortText',
          label: 'Kurztext',
          before: 'Der Pass kostet 37 Euro.',
          after: 'Der Pass kostet 70 Euro.',
          textChanges: [
            { value: 'Der Pass kostet ' },
            { value: '37', removed: true },
            { value: '70', added: true },
            { value: ' Euro.' },
          ],
        },
      ],
    });

    expect(textsOf(host, 'caption')).toEqual([
      'Unterschiede zwischen Version 2 (vorher) und Version 5 (nachher)',
    ]);
    expect(textsOf(host, 'tbody th')).toEqual(['Kurztext']);
    const removed = host.querySelector('tbody del');
    const added = host.querySelector('tbody ins');
    expect(removed?.textContent).toBe('−[entfernt: 37]');
    expect(added?.textContent).toBe('+[eingefügt: 70]');
    expect(removed?.querySelector('.marker')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    expect(
      host.querySelector('tbody td')?.textContent?.replace(/\s+/g, ' '),
    ).toContain('Der Pass kostet −[entfernt: 37]+[eingefügt: 70] Euro.');
  });

  it('lists items of list fields, marking those removed and added', async () => {
    await render({
      from: 1,
      to: 2,
      changes: [
        {
          field: 'fees',
          label: 'Gebühren',
          before: [
            {
              label: 'Umtausch',
              amountMin: 25.3,
              amountMax: null,
              currency: 'EUR',
              note: '',
            },
          ],
          after: [
            {
              label: 'Umtausch',
              amountMin: 25.3,
              amountMax: null,
              currency: 'EUR',
              note: '',
            },
            {
              label: 'Express',
              amountMin: 10,
              amountMax: 20,
              currency: 'EUR',
              note: '',
            },
          ],
        },
        {
          field: 'searchTerms',
          label: 'Suchbegriffe',
          before: ['Lappen'],
          after: [],
        },
      ],
    });

    const rows = queryAll(host, 'tbody tr');
    const [feesBefore, feesAfter] = queryAll(rows[0], 'td');
    expect(contentsOf(feesBefore, 'li')).toEqual(['Umtausch: 25,30\u00a0€']);
    expect(contentsOf(feesAfter, 'li')).toEqual([
      'Umtausch: 25,30\u00a0€',
      '+hinzugefügt: Express: 10,00\u00a0€ – 20,00\u00a0€',
    ]);
    expect(feesAfter.querySelectorAll('ins').length).toBe(1);

    const [termsBefore, termsAfter] = queryAll(rows[1], 'td');
    expect(termsBefore.querySelector('del')?.textContent).toBe(
      '−entfernt: Lappen',
    );
    expect(termsAfter.textContent?.trim()).toBe('(leer)');
  });

  it('says so when nothing differs', async () => {
    await render({ from: 3, to: 4, changes: [] });

    expect(host.querySelector('table')).toBeNull();
    expect(host.textContent).toContain(
      'Die beiden Versionen haben denselben Inhalt.',
    );
  });
});
