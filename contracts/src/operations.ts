/**
 * Service-center operations: the contact log, Weiterleitungen (forwardings to a
 * Sachgebiet with an answer deadline) and the controlling figures. Contacts carry
 * no personal data and no agent; controlling figures are aggregates only.
 */

import type { SearchQueryFigures } from './usage';

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

/** Body of POST /api/v1/forwardings: the concern goes to the Sachgebiet by e-mail. */
export interface ForwardingWrite {
  /** Responsible Sachgebiet; taken from the Leistung when left out. */
  sachgebietCode?: string;
  leistungId?: string;
  /** The citizen's concern, as the Sachgebiet needs it to answer. */
  concern: string;
  /** Callback details, kept to the minimum: a name and a phone number or e-mail address. */
  callbackName: string;
  callbackContact: string;
  /** Channel of the contact that is logged with outcome "forwarded" (default phone). */
  channel?: ContactChannel;
}

export const FORWARDING_STATUSES = ['open', 'answered', 'overdue'] as const;
export type ForwardingStatus = (typeof FORWARDING_STATUSES)[number];

export interface Forwarding {
  id: string;
  sachgebietCode: string;
  sachgebietName: string;
  leistungId: string | null;
  /** Empty once the personal data of an answered forwarding has been erased. */
  concern: string;
  callbackName: string;
  callbackContact: string;
  createdAt: string;
  /** Last office day of the answer promise, "YYYY-MM-DD". */
  deadline: string;
  /** Overdue is computed: open after the deadline day. */
  status: ForwardingStatus;
  answeredAt: string | null;
  answeredInTime: boolean | null;
  /** Whether the mail to the Sachgebiet went out (SMTP or the file outbox). */
  mailSent: boolean;
  personalDataErased: boolean;
}

/** What the link in the mail shows: no personal data. */
export interface ForwardingByToken {
  sachgebietName: string;
  deadline: string;
  status: ForwardingStatus;
  answeredAt: string | null;
}

/** A mail written to the file outbox (no SMTP server configured). */
export interface OutboxMail {
  id: string;
  createdAt: string;
  to: string;
  subject: string;
  text: string;
  /** The forwarding the mail is about (its id), if any. */
  reference?: string;
}

/** GET /api/v1/controlling/summary: aggregates only, never a figure per agent. */
export interface ControllingSummary {
  /** Office days counted, inclusive, "YYYY-MM-DD". */
  from: string;
  to: string;
  contacts: {
    total: number;
    byChannel: Record<ContactChannel, number>;
    byOutcome: Record<ContactOutcome, number>;
    perDay: { day: string; total: number; settled: number }[];
    /** ISO weeks, e.g. "2026-W47". */
    perWeek: { week: string; total: number; settled: number }[];
    bySachgebiet: { code: string | null; total: number; settled: number }[];
  };
  firstContactResolution: {
    /** Share settled on first contact, 0–100 (one decimal), null without contacts. */
    percent: number | null;
    targetPercent: number;
    meetsTarget: boolean | null;
  };
  forwardings: {
    total: number;
    open: number;
    overdue: number;
    answeredInTime: number;
    answeredLate: number;
  };
  topLeistungen: { id: string; title: string; contacts: number }[];
  /** Searches that found nothing, as reported by agents (counts only). */
  missingTopics: { query: string; reports: number }[];
  /** Leistungen with the most feedback reports by agents in the period. */
  flaggedLeistungen: { id: string; title: string; reports: number }[];
  /** Settled searches of the desk and the public guide, aggregated per query. */
  searchQueries: SearchQueryFigures;
}
