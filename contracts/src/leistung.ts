/** Shapes of a Leistungsbeschreibung as the API hands it out, per audience. */
import type { RevisionSummary } from './workflow';

export const LEISTUNG_STATUSES = [
  'draft',
  'in_review',
  'published',
  'archived',
] as const;
export type LeistungStatus = (typeof LEISTUNG_STATUSES)[number];

export const DOCUMENT_CONDITIONS = ['always', 'conditional'] as const;
export type DocumentCondition = (typeof DOCUMENT_CONDITIONS)[number];

export interface RequiredDocument {
  name: string;
  note: string;
  condition: DocumentCondition;
  /** The original must be shown (a copy is not enough). */
  originalRequired: boolean;
}

export interface Fee {
  label: string;
  /** Euros; null where the amount varies and the note explains it. */
  amountMin: number | null;
  amountMax: number | null;
  currency: string;
  note: string;
}

export interface Link {
  name: string;
  url: string;
}

export interface ExternalRef {
  source: string;
  id: string;
}

export interface TimeRange {
  /** "HH:mm", local time of the Standort (Europe/Berlin). */
  from: string;
  to: string;
}

export const WEEKDAYS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type WeeklyHours = Record<Weekday, TimeRange[]>;

export interface OpeningException {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  closed: boolean;
  hours?: TimeRange[];
  note?: string;
}

export interface StandortPublic {
  id: string;
  key: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  openingHours: WeeklyHours;
  exceptions: OpeningException[];
  accessibility: string;
  appointmentUrl: string | null;
}

export type StandortStaff = StandortPublic;

export interface SachgebietPublic {
  id: string;
  code: string;
  name: string;
  department: string;
  phone: string;
  email: string;
  room: string;
  standort: StandortRef | null;
  openingHours: WeeklyHours;
}

export interface SachgebietStaff extends SachgebietPublic {
  forwardingEmail: string;
  /** Service promise: the answer to a forwarded request within this many working days. */
  answerDeadlineDays: number;
  /** Staff-only contact data (e.g. a team lead's extension). */
  internalPhone: string | null;
  /** Months from release to the next review date. */
  reviewIntervalMonths: number;
}

export interface StandortRef {
  id: string;
  key: string;
  name: string;
}

export interface LebenslagePublic {
  id: string;
  slug: string;
  name: string;
  parentSlug: string | null;
  description: string;
}

export interface LebenslageRef {
  slug: string;
  name: string;
}

/** Fields every audience may see. */
export interface LeistungPublic {
  id: string;
  slug: string;
  leikaKey: string | null;
  title: string;
  plainTitle: string | null;
  shortText: string;
  /** Sanitized HTML (whitelisted subset). */
  fullText: string;
  /** Optional summary in Leichte Sprache (plain text). */
  leichteSprache: string | null;
  prerequisites: string[];
  requiredDocuments: RequiredDocument[];
  fees: Fee[];
  processingTime: string;
  deadlines: string;
  procedure: string;
  legalBasis: string;
  forms: Link[];
  onlineServices: Link[];
  furtherLinks: Link[];
  searchTerms: string[];
  lebenslagen: LebenslageRef[];
  sachgebiet: SachgebietPublic | null;
  standorte: StandortPublic[];
  validFrom: string | null;
  validTo: string | null;
  lastReviewedAt: string | null;
  updatedAt: string;
}

/** Staff see everything, including the internal notes and internal contact data. */
export interface LeistungStaff extends Omit<LeistungPublic, 'sachgebiet'> {
  sachgebiet: SachgebietStaff | null;
  internalNotes: string | null;
  status: LeistungStatus;
  reviewDue: string | null;
  externalRef: ExternalRef | null;
  version: number;
  createdAt: string;
  /** The open working copy (draft or in review), if any. */
  workingCopy: RevisionSummary | null;
}

/** A Leistung with all its metadata, as the demo content and imports create it. */
export interface LeistungWrite {
  slug?: string;
  leikaKey?: string | null;
  title: string;
  plainTitle?: string | null;
  shortText: string;
  fullText?: string;
  leichteSprache?: string | null;
  prerequisites?: string[];
  requiredDocuments?: RequiredDocument[];
  fees?: Fee[];
  processingTime?: string;
  deadlines?: string;
  procedure?: string;
  legalBasis?: string;
  forms?: Link[];
  onlineServices?: Link[];
  furtherLinks?: Link[];
  searchTerms?: string[];
  lebenslagen?: string[];
  sachgebiet?: string | null;
  standorte?: string[];
  internalNotes?: string | null;
  status?: LeistungStatus;
  validFrom?: string | null;
  validTo?: string | null;
  reviewDue?: string | null;
  lastReviewedAt?: string | null;
  externalRef?: ExternalRef | null;
  /** Required on update: the version the editor started from (optimistic locking). */
  version?: number;
}

export interface LeistungListItem {
  id: string;
  slug: string;
  title: string;
  status: LeistungStatus;
  sachgebietCode: string | null;
  updatedAt: string;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Body of POST/PATCH /api/v1/standorte (admins). */
export interface StandortWrite {
  key: string;
  name: string;
  street?: string;
  postalCode?: string;
  city?: string;
  phone?: string;
  email?: string;
  openingHours: WeeklyHours;
  exceptions?: OpeningException[];
  accessibility?: string;
  appointmentUrl?: string | null;
}

/** Body of POST/PATCH /api/v1/sachgebiete (admins). */
export interface SachgebietWrite {
  code: string;
  name: string;
  department?: string;
  phone?: string;
  email?: string;
  room?: string;
  /** Standort key. */
  standort?: string | null;
  openingHours: WeeklyHours;
  forwardingEmail?: string;
  answerDeadlineDays?: number;
  reviewIntervalMonths?: number;
  internalPhone?: string | null;
}

/** Body of POST/PATCH /api/v1/lebenslagen (admins). */
export interface LebenslageWrite {
  slug: string;
  name: string;
  /** Slug of the parent Lebenslage. */
  parent?: string | null;
  description?: string;
}
