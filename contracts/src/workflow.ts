import type { Fee, Link, RequiredDocument } from './leistung';

/**
 * The editable content of a Leistung, as held by a revision. References are by
 * business key (Sachgebiet code, Lebenslage slug, Standort key) so that old
 * revisions stay readable when the catalog changes.
 */
export interface LeistungContent {
  slug: string;
  leikaKey: string | null;
  title: string;
  plainTitle: string | null;
  shortText: string;
  fullText: string;
  /** Optional summary in Leichte Sprache, shown to citizens when present. */
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
  lebenslagen: string[];
  sachgebiet: string | null;
  standorte: string[];
  internalNotes: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** What a new Leistung starts with (the API's create path and the editor's blank form). */
export function emptyLeistungContent(): LeistungContent {
  return {
    slug: '',
    leikaKey: null,
    title: '',
    plainTitle: null,
    shortText: '',
    fullText: '',
    leichteSprache: null,
    prerequisites: [],
    requiredDocuments: [],
    fees: [],
    processingTime: '',
    deadlines: '',
    procedure: '',
    legalBasis: '',
    forms: [],
    onlineServices: [],
    furtherLinks: [],
    searchTerms: [],
    lebenslagen: [],
    sachgebiet: null,
    standorte: [],
    internalNotes: null,
    validFrom: null,
    validTo: null,
  };
}

export const CONTENT_FIELDS: readonly (keyof LeistungContent)[] = [
  'title',
  'plainTitle',
  'slug',
  'leikaKey',
  'shortText',
  'fullText',
  'leichteSprache',
  'requiredDocuments',
  'fees',
  'prerequisites',
  'procedure',
  'processingTime',
  'deadlines',
  'legalBasis',
  'forms',
  'onlineServices',
  'furtherLinks',
  'searchTerms',
  'lebenslagen',
  'sachgebiet',
  'standorte',
  'internalNotes',
  'validFrom',
  'validTo',
];

/** German labels for the fields, shared by the diff view and the audit log. */
export const CONTENT_FIELD_LABELS: Record<keyof LeistungContent, string> = {
  title: 'Leistungsbezeichnung',
  plainTitle: 'Leistungsbezeichnung II',
  slug: 'Adresse (Slug)',
  leikaKey: 'LeiKa-Schlüssel',
  shortText: 'Kurztext',
  fullText: 'Volltext',
  leichteSprache: 'Leichte Sprache',
  requiredDocuments: 'Erforderliche Unterlagen',
  fees: 'Gebühren',
  prerequisites: 'Voraussetzungen',
  procedure: 'Verfahrensablauf',
  processingTime: 'Bearbeitungsdauer',
  deadlines: 'Fristen',
  legalBasis: 'Rechtsgrundlagen',
  forms: 'Formulare',
  onlineServices: 'Online-Dienste',
  furtherLinks: 'Weiterführende Links',
  searchTerms: 'Suchbegriffe',
  lebenslagen: 'Lebenslagen',
  sachgebiet: 'Zuständiges Sachgebiet',
  standorte: 'Standorte',
  internalNotes: 'Interne Hinweise',
  validFrom: 'Gültig ab',
  validTo: 'Gültig bis',
};

export const REVISION_STATUSES = [
  'draft',
  'in_review',
  'released',
  'discarded',
] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export interface RevisionSummary {
  id: string;
  number: number;
  status: RevisionStatus;
  authorName: string;
  lastEditorName: string;
  changeNote: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reviewerName: string | null;
  reviewedAt: string | null;
  /** Release comment, or the reason a reviewer sent it back. */
  reviewComment: string | null;
  /** True when a reviewer sent it back to the author. */
  rejected: boolean;
  /** Optimistic-locking version of the working copy. */
  version: number;
}

export interface Revision extends RevisionSummary {
  leistungId: string;
  content: LeistungContent;
  /** User ids who changed this revision; none of them may release it. */
  contributorIds: string[];
}

/** Body of PUT /api/v1/leistungen/:id/working-copy. */
/** Body of POST /api/v1/leistungen: a new Leistung's content and the note for its first version. */
export type LeistungCreate = Partial<LeistungContent> & { changeNote?: string };

export interface WorkingCopyWrite {
  content: Partial<LeistungContent>;
  changeNote?: string;
  /** The working copy's version the editor started from; omit to start a new working copy. */
  version?: number;
}

export interface WorkflowComment {
  comment?: string;
}

export interface TextChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface FieldDiff {
  field: keyof LeistungContent;
  label: string;
  before: unknown;
  after: unknown;
  /** Word-level diff for text fields. */
  textChanges?: TextChange[];
}

export interface RevisionComparison {
  from: number;
  to: number;
  changes: FieldDiff[];
}

/** Sent with 409 when a save is based on a stale version. */
export interface VersionConflict {
  statusCode: 409;
  message: string;
  currentVersion: number;
  changedBy: string | null;
  changedAt: string | null;
}

export const FEEDBACK_KINDS = [
  'outdated',
  'wrong',
  'missing',
  'unclear',
] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  outdated: 'Veraltet',
  wrong: 'Falsch',
  missing: 'Information fehlt',
  unclear: 'Unklar',
};
export type FeedbackStatus = 'open' | 'answered';

export interface FeedbackWrite {
  kind: FeedbackKind;
  comment: string;
}

export interface FeedbackAnswer {
  answer: string;
}

export interface Feedback {
  id: string;
  leistungId: string;
  leistungTitle: string;
  sachgebietCode: string | null;
  kind: FeedbackKind;
  comment: string;
  status: FeedbackStatus;
  createdByName: string;
  createdAt: string;
  answer: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
}

export type DashboardStatus = 'draft' | 'in_review' | 'rejected' | 'overdue';

export interface DashboardItem {
  leistungId: string;
  title: string;
  sachgebietCode: string | null;
  revisionNumber: number | null;
  status: DashboardStatus;
  date: string | null;
  by: string | null;
}

export interface EditorDashboard {
  myDrafts: DashboardItem[];
  awaitingMyReview: DashboardItem[];
  overdueReviews: DashboardItem[];
  openFeedback: Feedback[];
}

export interface AuditEntry {
  id: number;
  at: string;
  userName: string;
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string;
  fields: string[];
}
