import type {
  LeistungPublic,
  LeistungStaff,
  SachgebietPublic,
  SachgebietStaff,
  SearchHit,
  SearchResponse,
  SessionUser,
  StandortPublic,
  WeeklyHours,
} from '@auskunft/contracts';

/** Test data builders: sensible defaults, override only what a spec is about. */

export function closedWeek(): WeeklyHours {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

export function officeWeek(): WeeklyHours {
  const morning = [{ from: '08:00', to: '12:00' }];
  return {
    ...closedWeek(),
    mon: morning,
    tue: [...morning, { from: '14:00', to: '18:00' }],
    wed: morning,
    thu: morning,
    fri: morning,
  };
}

export function aStandort(
  overrides: Partial<StandortPublic> = {},
): StandortPublic {
  return {
    id: 'standort-1',
    key: 'hauptgebaeude',
    name: 'Landratsamt Hauptgebäude',
    street: 'Schlossplatz 1',
    postalCode: '12345',
    city: 'Musterstadt',
    phone: '+49 (0) 1234 567-0',
    email: 'info@landkreis.example',
    openingHours: officeWeek(),
    exceptions: [],
    accessibility: 'Stufenloser Zugang über den Hof',
    appointmentUrl: null,
    ...overrides,
  };
}

export function aSachgebiet(
  overrides: Partial<SachgebietPublic> = {},
): SachgebietPublic {
  return {
    id: 'sachgebiet-1',
    code: '32.1',
    name: 'Führerscheinstelle',
    department: 'Amt für Ordnung und Verkehr',
    phone: '01234 567-321',
    email: 'fuehrerschein@landkreis.example',
    room: 'E.12',
    standort: {
      id: 'standort-1',
      key: 'hauptgebaeude',
      name: 'Landratsamt Hauptgebäude',
    },
    openingHours: officeWeek(),
    ...overrides,
  };
}

export function aStaffSachgebiet(
  overrides: Partial<SachgebietStaff> = {},
): SachgebietStaff {
  return {
    ...aSachgebiet(),
    forwardingEmail: 'weiterleitung-fs@landkreis.example',
    answerDeadlineDays: 3,
    internalPhone: '01234 567-4711',
    reviewIntervalMonths: 12,
    ...overrides,
  };
}

/** A Leistung with every public section filled. */
export function aLeistung(
  overrides: Partial<LeistungPublic> = {},
): LeistungPublic {
  return {
    id: 'leistung-1',
    slug: 'fuehrerschein-umtauschen',
    leikaKey: '99086012104000',
    title: 'Führerschein umtauschen',
    plainTitle: 'Alten Führerschein gegen neuen tauschen',
    shortText:
      'Alte Papierführerscheine müssen bis zum Stichtag umgetauscht werden.',
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
      {
        name: 'Karteikartenabschrift',
        note: 'bei fremder Ausstellungsbehörde',
        condition: 'conditional',
        originalRequired: false,
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
    deadlines: 'Stichtag nach Geburtsjahr',
    procedure: '1. Antrag stellen\n2. Gebühr bezahlen\n3. Führerschein abholen',
    legalBasis: '§ 24a FeV',
    forms: [
      { name: 'Antragsformular', url: 'https://landkreis.example/antrag.pdf' },
    ],
    onlineServices: [
      { name: 'Online beantragen', url: 'https://service.example/fs' },
    ],
    furtherLinks: [
      { name: 'Kraftfahrt-Bundesamt', url: 'https://kba.example' },
    ],
    searchTerms: ['Führerschein'],
    lebenslagen: [{ slug: 'mobilitaet', name: 'Mobilität' }],
    sachgebiet: aSachgebiet(),
    standorte: [aStandort()],
    validFrom: null,
    validTo: null,
    lastReviewedAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-02-10T09:00:00Z',
    ...overrides,
  };
}

/** Only what every Leistung must have; all optional sections empty. */
export function aBareLeistung(
  overrides: Partial<LeistungPublic> = {},
): LeistungPublic {
  return aLeistung({
    plainTitle: null,
    fullText: '',
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
    sachgebiet: null,
    standorte: [],
    lastReviewedAt: null,
    ...overrides,
  });
}

export function aStaffLeistung(
  overrides: Partial<LeistungStaff> = {},
): LeistungStaff {
  return {
    ...aLeistung(),
    sachgebiet: aStaffSachgebiet(),
    internalNotes: 'Bei Eilfällen direkt an Frau Beispiel weiterleiten.',
    status: 'published',
    reviewDue: '2027-01-31',
    externalRef: null,
    version: 7,
    createdAt: '2025-01-01T09:00:00Z',
    workingCopy: null,
    ...overrides,
  };
}

export function aSearchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    id: 'leistung-1',
    slug: 'fuehrerschein-umtauschen',
    title: 'Führerschein umtauschen',
    shortText: 'Alte Papierführerscheine müssen umgetauscht werden.',
    sachgebietName: 'Führerscheinstelle',
    sachgebietCode: '32.1',
    highlights: {},
    ...overrides,
  };
}

export function aSearchResponse(
  overrides: Partial<SearchResponse> = {},
): SearchResponse {
  const hits = overrides.hits ?? [aSearchHit()];
  return {
    query: '',
    hits,
    total: hits.length,
    limit: 20,
    offset: 0,
    facets: { sachgebiet: [], lebenslagen: [], standorte: [] },
    processingTimeMs: 1,
    degraded: false,
    ...overrides,
  };
}

/** A signed-in agent; pass `role` (and `sachgebiete` for editors) for the others. */
export function aSessionUser(
  overrides: Partial<SessionUser> = {},
): SessionUser {
  return {
    id: 'user-1',
    username: 'a.beispiel',
    displayName: 'Anna Beispiel',
    role: 'agent',
    sachgebiete: [],
    ...overrides,
  };
}
