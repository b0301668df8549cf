/**
 * Finding controls the way users do: by their visible label or accessible
 * name, not by CSS classes or test ids. Each throws with a readable message
 * when nothing matches, so a failing spec says what was missing.
 */

/** Whitespace collapsed, Material's required marker dropped. */
export function normalized(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/\s*\*$/, '')
    .trim();
}

/** A button or link by its accessible name (aria-label, else its text including visually hidden parts). */
export function buttonByName(
  root: ParentNode,
  name: string | RegExp,
): HTMLButtonElement {
  const found = Array.from(
    root.querySelectorAll<HTMLButtonElement>('button, a[mat-button]'),
  ).filter((button) => matches(accessibleName(button), name));
  return single(found, `button "${String(name)}"`);
}

export function queryButtonByName(
  root: ParentNode,
  name: string | RegExp,
): HTMLButtonElement | null {
  return (
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (button) => matches(accessibleName(button), name),
    ) ?? null
  );
}

/** A link by its text. */
export function linkByName(
  root: ParentNode,
  name: string | RegExp,
): HTMLAnchorElement {
  const found = Array.from(
    root.querySelectorAll<HTMLAnchorElement>('a'),
  ).filter((link) => matches(accessibleName(link), name));
  return single(found, `link "${String(name)}"`);
}

/** An input, textarea or mat-select by the text of its label. */
export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(
  root: ParentNode,
  label: string | RegExp,
): T {
  const found: T[] = [];
  for (const element of Array.from(
    root.querySelectorAll<HTMLLabelElement>('label'),
  )) {
    if (!matches(normalized(element.textContent), label)) {
      continue;
    }
    const control = element.htmlFor
      ? document.getElementById(element.htmlFor)
      : element.querySelector('input, textarea');
    if (control) {
      found.push(control as T);
    }
  }
  for (const select of Array.from(
    root.querySelectorAll<HTMLElement>('mat-select'),
  )) {
    const labelId = select.getAttribute('aria-labelledby')?.split(' ')[0];
    const text = labelId ? document.getElementById(labelId)?.textContent : '';
    if (matches(normalized(text), label)) {
      found.push(select as T);
    }
  }
  return single(found, `field "${String(label)}"`);
}

/** A role="group" or fieldset by its aria-label or legend. */
export function groupByName(
  root: ParentNode,
  name: string | RegExp,
): HTMLElement {
  const found = Array.from(
    root.querySelectorAll<HTMLElement>('[role="group"], fieldset'),
  ).filter((group) => {
    const legend = group.querySelector(':scope > legend');
    return matches(
      group.getAttribute('aria-label') ?? normalized(legend?.textContent),
      name,
    );
  });
  return single(found, `group "${String(name)}"`);
}

/** The texts of the Material error messages shown inside `root`. */
export function errorTexts(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('mat-error')).map((error) =>
    normalized(error.textContent),
  );
}

export function typeInto(
  field: HTMLInputElement | HTMLTextAreaElement,
  value: string,
): void {
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('blur'));
}

function accessibleName(element: HTMLElement): string {
  return normalized(element.getAttribute('aria-label') ?? element.textContent);
}

function matches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text === expected : expected.test(text);
}

function single<T>(found: T[], what: string): T {
  if (found.length !== 1) {
    throw new Error(`Expected one ${what}, found ${found.length}`);
  }
  return found[0];
}
