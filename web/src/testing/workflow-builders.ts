import type {
  EditorDashboard,
  DashboardItem,
  LeistungContent,
  Revision,
  RevisionSummary,
  VersionConflict,
} from '@auskunft/contracts';
import type { EditorCatalog } from '../app/editor/leistung-editor/leistung-preview';
import { aSachgebiet, aStaffSachgebiet, aStandort } from './builders';

/** Test data builders for the editorial workflow. */

export function aContent(
  overrides: Partial<LeistungContent> = {},
): LeistungContent {
  return {
    slug: 'fuehrerschein-umtauschen',
    leikaKey: '99086012104000',
    title: 'Führerschein umtauschen',
    plainTitle: null,
    shortText: 'Alte Führerscheine müssen umgetauscht werden.',
    fullText: '<p>Der Umtausch ist <strong>Pflicht</strong>.</p>',
    leichteSprache: null,
    prerequisites: ['Wohnsitz im Landkreis'],
    requiredDocuments: [
      {
        name: 'Personalausweis',
        note: '',
        condition: 'always',
        originalRequired: true,
      },
    ],
    fees: [
      {
        label: 'Umtausch',
        amountMin: 25.3,
        amountMax: null,
        currency: 'EUR',
        note: '',
      },
    ],
    processingTime: 'etwa 4 Wochen',
    deadlines: '',
    procedure: '1. Antrag stellen',
    legalBasis: '§ 24a FeV',
    forms: [],
    onlineServices: [
      { name: 'Online beantragen', url: 'https://service.example/fs' },
    ],
    furtherLinks: [],
    searchTerms: ['Führerschein'],
    lebenslagen: ['mobilitaet'],
    sachgebiet: '32.1',
    standorte: ['hauptgebaeude'],
    internalNotes: 'Bei Eilfällen an Frau Beispiel.',
    validFrom: null,
    validTo: null,
    ...overrides,
  };
}

export function aRevisionSummary(
  overrides: Partial<RevisionSummary> = {},
): RevisionSummary {
  return {
    id: 'revision-3',
    number: 3,
    status: 'draft',
    authorName: 'Anna Beispiel',
    lastEditorName: 'Anna Beispiel',
    changeNote: '',
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-02T09:00:00Z',
    submittedAt: null,
    reviewerName: null,
    reviewedAt: null,
    reviewComment: null,
    rejected: false,
    version: 2,
    ...overrides,
  };
}

export function aRevision(overrides: Partial<Revision> = {}): Revision {
  return {
    ...aRevisionSummary(),
    leistungId: 'leistung-1',
    content: aContent(),
    contributorIds: ['user-1'],
    ...overrides,
  };
}

export function aVersionConflict(
  overrides: Partial<VersionConflict> = {},
): VersionConflict {
  return {
    statusCode: 409,
    message: 'Die Arbeitsversion wurde inzwischen von Erik Editor geändert.',
    currentVersion: 4,
    changedBy: 'Erik Editor',
    changedAt: '2026-03-03T09:42:00Z',
    ...overrides,
  };
}

export function aDashboardItem(
  overrides: Partial<DashboardItem> = {},
): DashboardItem {
  return {
    leistungId: 'leistung-1',
    title: 'Führerschein umtauschen',
    sachgebietCode: '32.1',
    revisionNumber: 3,
    status: 'draft',
    date: '2026-03-02T09:00:00Z',
    by: 'Anna Beispiel',
    ...overrides,
  };
}

export function aDashboard(
  overrides: Partial<EditorDashboard> = {},
): EditorDashboard {
  return {
    myDrafts: [],
    awaitingMyReview: [],
    overdueReviews: [],
    openFeedback: [],
    ...overrides,
  };
}

/** The staff catalog the editor's pickers and previews read. */
export function aCatalog(): EditorCatalog {
  return {
    sachgebiete: [
      aStaffSachgebiet(),
      aStaffSachgebiet({
        ...aSachgebiet({
          id: 'sachgebiet-2',
          code: '40.2',
          name: 'Wohngeldstelle',
        }),
      }),
    ],
    standorte: [aStandort()],
    lebenslagen: [
      {
        id: 'lebenslage-1',
        slug: 'mobilitaet',
        name: 'Mobilität',
        parentSlug: null,
        description: '',
      },
    ],
  };
}
