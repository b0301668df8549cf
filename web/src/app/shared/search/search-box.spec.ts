import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { hostOf, press } from '../../../testing/dom';
import { SearchBox } from './search-box';

describe(SearchBox.name, () => {
  let fixture: ComponentFixture<SearchBox>;

  async function render(showSubmit: boolean): Promise<HTMLInputElement> {
    fixture = TestBed.createComponent(SearchBox);
    fixture.componentRef.setInput('label', 'Leistung suchen');
    fixture.componentRef.setInput('showSubmit', showSubmit);
    await fixture.whenStable();
    const field = hostOf(fixture).querySelector('input');
    if (!field) {
      throw new Error('No input');
    }
    return field;
  }

  async function type(field: HTMLInputElement, text: string): Promise<void> {
    field.value = text;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('is a search landmark with a labelled field', async () => {
    const field = await render(false);

    expect(hostOf(fixture).querySelector('form')?.getAttribute('role')).toBe(
      'search',
    );
    expect(
      hostOf(fixture).querySelector(`label[for="${field.id}"]`)?.textContent,
    ).toContain('Leistung suchen');
  });

  it('reports typed text and submits it with Enter or the button', async () => {
    const field = await render(true);
    const changes: string[] = [];
    const submitted: string[] = [];
    fixture.componentInstance.query.subscribe((query) => changes.push(query));
    fixture.componentInstance.submitted.subscribe((query) =>
      submitted.push(query),
    );

    await type(field, 'Pass');
    hostOf(fixture)
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();

    expect(changes).toEqual(['Pass']);
    expect(submitted).toEqual(['Pass']);
  });

  it('submits what the field shows, even when its text never reached the query', async () => {
    const field = await render(true);
    const submitted: string[] = [];
    fixture.componentInstance.submitted.subscribe((query) =>
      submitted.push(query),
    );

    // As when text typed before the app took a server-rendered page over is submitted.
    field.value = 'Führerschein verloren';
    hostOf(fixture)
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();

    expect(submitted).toEqual(['Führerschein verloren']);
    expect(fixture.componentInstance.query()).toBe('Führerschein verloren');
  });

  it('shows no submit button for live search', async () => {
    await render(false);

    expect(hostOf(fixture).querySelector('button[type="submit"]')).toBeNull();
  });

  it('clears the text with a labelled button and keeps focus in the field', async () => {
    const field = await render(false);
    await type(field, 'Pass');

    hostOf(fixture)
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Suchbegriff löschen"]',
      )
      ?.click();
    await fixture.whenStable();

    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
  });

  it('asks to move into the results on ArrowDown', async () => {
    const field = await render(false);
    let moves = 0;
    fixture.componentInstance.moveToResults.subscribe(() => moves++);

    const event = press(field, 'ArrowDown');

    expect(moves).toBe(1);
    expect(event.defaultPrevented).toBeTrue();
  });
});
