import { queryAll } from './dom';

/** The control of the mat-form-field (or native label) whose label text is exactly `label`. */
export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(
  root: ParentNode,
  label: string,
): T {
  const labels = queryAll(root, 'mat-label, label').filter(
    (element) => element.textContent?.replace(/\s*\*\s*$/, '').trim() === label,
  );
  for (const element of labels) {
    const field = element.closest('mat-form-field');
    const control = field?.querySelector<T>('input, textarea, mat-select');
    if (control) {
      return control;
    }
  }
  throw new Error(`No field labelled "${label}"`);
}

/** Types like a user: sets the value and fires the input event forms listen to. */
export function typeInto(
  control: HTMLInputElement | HTMLTextAreaElement,
  value: string,
): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('blur'));
}

/** The button whose accessible text (content or aria-label) is exactly `name`. */
export function buttonByName(
  root: ParentNode,
  name: string,
): HTMLButtonElement | null {
  return (
    queryAll<HTMLButtonElement>(root, 'button').find(
      (button) =>
        (button.getAttribute('aria-label') ?? button.textContent ?? '')
          .replace(/\s+/g, ' ')
          .trim() === name,
    ) ?? null
  );
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = buttonByName(root, name);
  if (!found) {
    throw new Error(`No button "${name}"`);
  }
  return found;
}
