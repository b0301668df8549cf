import type {
  LebenslagePublic,
  LebenslageRef,
  LeistungContent,
  LeistungPublic,
  LeistungStaff,
  SachgebietPublic,
  SachgebietStaff,
  StandortStaff,
} from '@auskunft/contracts';

/** The reference lists the content points into by key. */
export interface EditorCatalog {
  sachgebiete: SachgebietStaff[];
  standorte: StandortStaff[];
  lebenslagen: LebenslagePublic[];
}

export const EMPTY_CATALOG: EditorCatalog = {
  sachgebiete: [],
  standorte: [],
  lebenslagen: [],
};

/** Only what citizens may see of a Sachgebiet; the staff contact data stays out. */
function publicSachgebiet(sachgebiet: SachgebietStaff): SachgebietPublic {
  return {
    id: sachgebiet.id,
    code: sachgebiet.code,
    name: sachgebiet.name,
    department: sachgebiet.department,
    phone: sachgebiet.phone,
    email: sachgebiet.email,
    room: sachgebiet.room,
    standort: sachgebiet.standort,
    openingHours: sachgebiet.openingHours,
  };
}

function lebenslagenOf(
  slugs: string[],
  catalog: EditorCatalog,
): LebenslageRef[] {
  return slugs.map((slug) => ({
    slug,
    name:
      catalog.lebenslagen.find((lebenslage) => lebenslage.slug === slug)
        ?.name ?? slug,
  }));
}

function standorteOf(keys: string[], catalog: EditorCatalog): StandortStaff[] {
  return keys.flatMap((key) => {
    const standort = catalog.standorte.find((entry) => entry.key === key);
    return standort ? [standort] : [];
  });
}

/**
 * The content as citizens would see it once released. Built field by field
 * (not by leaving fields out of the staff shape), so nothing internal can slip in.
 */
export function publicPreview(
  content: LeistungContent,
  catalog: EditorCatalog,
  live: LeistungStaff | null,
  now: string,
): LeistungPublic {
  const sachgebiet = catalog.sachgebiete.find(
    (entry) => entry.code === content.sachgebiet,
  );
  return {
    id: live?.id ?? 'vorschau',
    slug: content.slug,
    leikaKey: content.leikaKey,
    title: content.title || 'Ohne Bezeichnung',
    plainTitle: content.plainTitle,
    shortText: content.shortText,
    fullText: content.fullText,
    leichteSprache: content.leichteSprache ?? null,
    prerequisites: content.prerequisites,
    requiredDocuments: content.requiredDocuments,
    fees: content.fees,
    processingTime: content.processingTime,
    deadlines: content.deadlines,
    procedure: content.procedure,
    legalBasis: content.legalBasis,
    forms: content.forms,
    onlineServices: content.onlineServices,
    furtherLinks: content.furtherLinks,
    searchTerms: content.searchTerms,
    lebenslagen: lebenslagenOf(content.lebenslagen, catalog),
    sachgebiet: sachgebiet ? publicSachgebiet(sachgebiet) : null,
    standorte: standorteOf(content.standorte, catalog),
    validFrom: content.validFrom,
    validTo: content.validTo,
    lastReviewedAt: live?.lastReviewedAt ?? null,
    updatedAt: now,
  };
}

/** The content as agents would see it at the Auskunftsplatz, internal notes included. */
export function staffPreview(
  content: LeistungContent,
  catalog: EditorCatalog,
  live: LeistungStaff | null,
  now: string,
): LeistungStaff {
  return {
    ...publicPreview(content, catalog, live, now),
    sachgebiet:
      catalog.sachgebiete.find((entry) => entry.code === content.sachgebiet) ??
      null,
    internalNotes: content.internalNotes,
    status: live?.status ?? 'draft',
    reviewDue: live?.reviewDue ?? null,
    externalRef: live?.externalRef ?? null,
    version: live?.version ?? 0,
    createdAt: live?.createdAt ?? now,
    workingCopy: live?.workingCopy ?? null,
  };
}
