import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SearchHit } from '@auskunft/contracts';
import { aSearchHit } from '../../../testing/builders';
import { hostOf, press, queryAll, textsOf } from '../../../testing/dom';
import type { Audience } from '../../paths';
import { SearchResults } from './search-results';

describe(SearchResults.name, () => {
  let fixture: ComponentFixture<SearchResults>;

  async function render(
    hits: SearchHit[],
    audience: Audience = 'staff',
  ): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SearchResults],
      providers: [provideRouter([])],
    });
    fixture = TestBed.createComponent(SearchResults);
    fixture.componentRef.setInput('hits', hits);
    fixture.componentRef.setInput('audience', audience);
    await fixture.whenStable();
  }

  function links(): HTMLAnchorElement[] {
    return queryAll<HTMLAnchorElement>(hostOf(fixture), '.result-title a');
  }

  const threeHits = [
    aSearchHit({ id: 'a' }),
    aSearchHit({ id: 'b' }),
    aSearchHit({ id: 'c' }),
  ];

  it('renders highlighted snippets with <mark>', async () => {
    await render([
      aSearchHit({
        highlights: {
          title: 'Führer<mark>schein</mark> umtauschen',
          shortText: 'Alte <mark>Führerscheine</mark>',
        },
      }),
    ]);

    expect(textsOf(hostOf(fixture), 'mark')).toEqual([
      'schein',
      'Führerscheine',
    ]);
    expect(links()[0].textContent?.trim()).toBe('Führerschein umtauschen');
  });

  it('shows plain titles as text, never as markup', async () => {
    await render([
      aSearchHit({ title: 'Zuschuss <b>sofort</b>', highlights: {} }),
    ]);

    expect(links()[0].textContent?.trim()).toBe('Zuschuss <b>sofort</b>');
    expect(hostOf(fixture).querySelector('b')).toBeNull();
  });

  it('strips anything but harmless markup from highlights', async () => {
    await render([
      aSearchHit({
        highlights: {
          title: '<mark>Pass</mark><img alt="" onerror="alert(1)">',
        },
      }),
    ]);

    expect(hostOf(fixture).querySelector('mark')?.textContent).toBe('Pass');
    expect(hostOf(fixture).querySelector('[onerror]')).toBeNull();
  });

  it('shows the Sachgebiet of each hit', async () => {
    await render([aSearchHit({ sachgebietName: 'Ausländerbehörde' })]);

    expect(hostOf(fixture).querySelector('.meta')?.textContent).toContain(
      'Ausländerbehörde',
    );
  });

  it('links agents to the staff detail by id and citizens to the public page by slug', async () => {
    await render([aSearchHit({ id: '17', slug: 'wohngeld' })], 'staff');
    expect(links()[0].getAttribute('href')).toBe('/desk/leistungen/17');

    fixture.componentRef.setInput('audience', 'public');
    await fixture.whenStable();
    expect(links()[0].getAttribute('href')).toBe('/leistungen/wohngeld');
  });

  it('shows internal-note highlights to agents only', async () => {
    const hit = aSearchHit({
      highlights: { internalNotes: 'an <mark>Frau Beispiel</mark>' },
    });
    await render([hit], 'staff');
    expect(hostOf(fixture).querySelector('.internal')?.textContent).toContain(
      'Frau Beispiel',
    );

    fixture.componentRef.setInput('audience', 'public');
    await fixture.whenStable();
    expect(hostOf(fixture).querySelector('.internal')).toBeNull();
  });

  it('moves focus down and up with the arrow keys and stops at the last result', async () => {
    await render(threeHits);
    links()[0].focus();

    press(links()[0], 'ArrowDown');
    expect(document.activeElement).toBe(links()[1]);
    press(links()[1], 'ArrowDown');
    press(links()[2], 'ArrowDown');
    expect(document.activeElement).toBe(links()[2]);
    press(links()[2], 'ArrowUp');
    expect(document.activeElement).toBe(links()[1]);
  });

  it('jumps to the first and last result with Home and End', async () => {
    await render(threeHits);
    links()[1].focus();

    press(links()[1], 'End');
    expect(document.activeElement).toBe(links()[2]);
    press(links()[2], 'Home');
    expect(document.activeElement).toBe(links()[0]);
  });

  it('focuses a result on request, clamped to the list', async () => {
    await render(threeHits);

    fixture.componentInstance.focusResult(10);
    expect(document.activeElement).toBe(links()[2]);
  });

  it('asks to return to the search field on Escape and on ArrowUp from the first result', async () => {
    await render(threeHits);
    let returns = 0;
    fixture.componentInstance.returnToSearch.subscribe(() => returns++);

    press(links()[1], 'Escape');
    press(links()[0], 'ArrowUp');
    press(links()[1], 'ArrowUp');
    expect(returns).toBe(2);
  });

  it('opens the focused result on Enter', async () => {
    await render(threeHits);
    const opened: string[] = [];
    fixture.componentInstance.opened.subscribe((hit) => opened.push(hit.id));

    const event = press(links()[1], 'Enter');
    expect(opened).toEqual(['b']);
    expect(event.defaultPrevented).toBeTrue();
  });

  it('leaves Ctrl+Enter to the browser (open in a new tab)', async () => {
    await render(threeHits);
    const opened: string[] = [];
    fixture.componentInstance.opened.subscribe((hit) => opened.push(hit.id));

    const event = press(links()[0], 'Enter', { ctrlKey: true });
    expect(opened).toEqual([]);
    expect(event.defaultPrevented).toBeFalse();
  });
});
