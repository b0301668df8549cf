/**
 * Service-center operations: the contact log, Weiterleitungen (forwardings to a
 * Sachgebiet with an answer deadline) and the controlling figures. Contacts carry
 * no personal data and no agent; controlling figures are aggregates only.
 */

export const CONTACT_CHANNELS = [
  'phone',
  'counter',
  'email',
  'letter',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_OUTCOMES = ['settled', 'forwarded', 'referred'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  phone: 'Telefon',
  counter: 'Schalter',
  email: 'E-Mail',
  letter: 'Brief',
};

export const CONTACT_OUTCOME_LABELS: Record<ContactOutcome, string> = {
  settled: 'Beim ersten Kontakt erledigt',
  forwarded: 'Weitergeleitet',
  referred: 'An andere Stelle verwiesen',
};

/** Body of POST /api/v1/contacts: a Leistung or a free topic, never both missing. */
export interface ContactWrite {
  channel: ContactChannel;
  outcome: ContactOutcome;
  leistungId?: string;
  /** Free topic when no Leistung fits (e.g. from "nichts gefunden"); no personal data. */
  topic?: string;
}

export interface ContactEntry {
  id: string;
  /** Office day, "YYYY-MM-DD" (Europe/Berlin). */
  day: string;
  /** Hour of the office day, 0–23: the time is kept only this coarsely. */
  hour: number;
  channel: ContactChannel;
  outcome: ContactOutcome;
  leistungId: string | null;
  topic: string | null;
  /** Code of the responsible Sachgebiet (from the Leistung), for aggregation. */
  sachgebietCode: string | null;
}
