import type {
  LeistungContent,
  OpeningException,
  WeeklyHours,
} from '@auskunft/contracts';

/** A Standort found in a source file (e.g. a DLDB location), upserted by `key`. */
export interface ImportedStandort {
  key: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  openingHours: WeeklyHours;
  exceptions: OpeningException[];
  appointmentUrl: string | null;
}

/** One Leistung read from a source file, before validation. */
export interface ImportedLeistung {
  externalRef: { source: string; id: string };
  /** Human-readable label for reports (the name, or the id when there is none). */
  label: string;
  content: Partial<LeistungContent>;
}

export type ImportItem =
  | { kind: 'standort'; standort: ImportedStandort }
  | { kind: 'leistung'; leistung: ImportedLeistung }
  | { kind: 'invalid'; label: string; reason: string };

export interface ImportRejection {
  record: string;
  reason: string;
}

export interface ImportReport {
  format: string;
  dryRun: boolean;
  published: boolean;
  handled: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  /** Records imported with a correction (invalid LeiKa key dropped, unsafe HTML removed, …). */
  warnings: { record: string; message: string }[];
  standorte: { created: number; updated: number; unchanged: number };
  durationMs: number;
}

export const EMPTY_WEEK: WeeklyHours = {
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
};
