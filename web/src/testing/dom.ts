import type { ComponentFixture } from '@angular/core/testing';

/** Typed access to a fixture's DOM (nativeElement is `any`). */
export function hostOf(fixture: ComponentFixture<unknown>): HTMLElement {
  return fixture.nativeElement as HTMLElement;
}

export function queryAll<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

/**
 * Rendered text as a reader gets it: innerText separates table cells and blocks;
 * only ASCII whitespace is collapsed, so no-break spaces (as in "39,00 €") stay.
 */
export function textsOf(root: ParentNode, selector: string): string[] {
  return queryAll(root, selector).map((element) =>
    element.innerText.replace(/[ \t\r\n]+/g, ' ').trim(),
  );
}

export function press(
  target: Element,
  key: string,
  init: KeyboardEventInit = {},
): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}
