/** A leading "1.", "2)", "-", "*" or "•": the list markup renders its own numbering. */
const STEP_MARKER = /^(?:\d+[.)]|[-*•])\s+/;

/** Splits the editor's procedure text (one step per line) into steps for an ordered list. */
export function procedureSteps(procedure: string | null | undefined): string[] {
  if (!procedure) {
    return [];
  }
  return procedure
    .split(/\r?\n/)
    .map((line) => line.trim().replace(STEP_MARKER, '').trim())
    .filter((line) => line.length > 0);
}
