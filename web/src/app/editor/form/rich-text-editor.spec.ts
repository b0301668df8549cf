import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { hostOf, press, queryAll } from '../../../testing/dom';
import { button } from '../../../testing/forms';
import { RichTextEditor } from './rich-text-editor';

@Component({
  imports: [RichTextEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-rich-text-editor
    [control]="control"
    label="Volltext"
    hint="Tab verlässt das Textfeld."
  />`,
})
class EditorHost {
  readonly control = new FormControl('<p>Hallo Welt</p>', {
    nonNullable: true,
  });
}

describe(RichTextEditor.name, () => {
  let fixture: ComponentFixture<EditorHost>;
  let host: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(EditorHost);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    await fixture.whenStable();
    host = hostOf(fixture);
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  function content(): HTMLElement {
    const element = host.querySelector<HTMLElement>('.rich-text-content');
    if (!element) {
      throw new Error('editor not rendered');
    }
    return element;
  }

  function selectAll(): void {
    const range = document.createRange();
    range.selectNodeContents(content());
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  }

  it('is a labelled, described multi-line text box with the value of its control', () => {
    const textbox = content();
    const label = document.getElementById(
      textbox.getAttribute('aria-labelledby') ?? '',
    );

    expect(textbox.getAttribute('role')).toBe('textbox');
    expect(textbox.getAttribute('aria-multiline')).toBe('true');
    expect(label?.textContent).toBe('Volltext');
    expect(textbox.getAttribute('aria-describedby')).toContain(
      host.querySelector('.rich-text-hint')?.id ?? 'missing',
    );
    expect(textbox.innerHTML).toBe('<p>Hallo Welt</p>');
  });

  it('names its toolbar buttons and says whether they are pressed', async () => {
    content().focus();
    selectAll();
    await fixture.whenStable();
    const bold = button(host, 'Fett');
    expect(bold.getAttribute('aria-pressed')).toBe('false');

    bold.click();
    await fixture.whenStable();

    expect(bold.getAttribute('aria-pressed')).toBe('true');
    expect(fixture.componentInstance.control.value).toBe(
      '<p><strong>Hallo Welt</strong></p>',
    );
    expect(fixture.componentInstance.control.dirty).toBeTrue();
  });

  it('makes headings of level 3 only, as the page owns h1 and h2', async () => {
    content().focus();
    selectAll();
    button(host, 'Zwischenüberschrift H3').click();
    await fixture.whenStable();

    expect(fixture.componentInstance.control.value).toBe('<h3>Hallo Welt</h3>');
  });

  it('is one tab stop with arrow keys between the buttons', async () => {
    const tools = queryAll<HTMLButtonElement>(host, '[role="toolbar"] button');
    expect(tools.map((tool) => tool.tabIndex)).toEqual([
      0, -1, -1, -1, -1, -1, -1,
    ]);

    tools[0].focus();
    press(tools[0], 'ArrowRight');
    await fixture.whenStable();

    expect(document.activeElement).toBe(tools[1]);
    expect(tools[1].tabIndex).toBe(0);
    press(tools[1], 'End');
    expect(document.activeElement).toBe(tools[6]);
  });

  it('refuses link addresses without http(s), mailto or tel', async () => {
    content().focus();
    selectAll();
    button(host, 'Link').click();
    await fixture.whenStable();
    const address = host.querySelector<HTMLInputElement>(
      '.rich-text-link input',
    );
    if (!address) {
      throw new Error('link form not opened');
    }
    expect(document.activeElement).toBe(address);

    address.value = 'landkreis.example';
    address.dispatchEvent(new Event('input'));
    button(host, 'Link übernehmen').click();
    await fixture.whenStable();
    expect(host.querySelector('.rich-text-problem')?.textContent).toContain(
      'http://, https://, mailto: oder tel:',
    );

    address.value = 'https://landkreis.example';
    address.dispatchEvent(new Event('input'));
    button(host, 'Link übernehmen').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.control.value).toContain(
      'href="https://landkreis.example"',
    );
  });
});
