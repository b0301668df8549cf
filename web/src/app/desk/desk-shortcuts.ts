/** Controls where "/" is text the user types, not a shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  if (target.isContentEditable) {
    return true;
  }
  if (target instanceof HTMLTextAreaElement) {
    return true;
  }
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(
      target.type,
    );
  }
  return target instanceof HTMLSelectElement;
}

/**
 * "/" (outside text fields) or Ctrl+K (Cmd+K on a Mac) anywhere on the desk:
 * back to the search field, as in most search-first tools.
 */
export function isFocusSearchShortcut(event: KeyboardEvent): boolean {
  if (event.altKey) {
    return false;
  }
  if (event.ctrlKey || event.metaKey) {
    return event.key.toLowerCase() === 'k' && !event.shiftKey;
  }
  return event.key === '/' && !isTypingTarget(event.target);
}
