import type {
  LebenslagePublic,
  LeistungListItem,
  LeistungPublic,
  LeistungStaff,
  RevisionSummary,
  SachgebietPublic,
  SachgebietStaff,
  StandortPublic,
  StandortRef,
} from '@auskunft/contracts';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import { Leistung } from './leistung.entity';

/*
 * One mapping per audience decides what leaves the API. The public mappings copy
 * fields one by one (no spreading of entities), so a field added to an entity later
 * never reaches citizens unless someone adds it here on purpose.
 */

function isoDateTime(value: Date | string): string {
  return value instanceof Date
    ? value.toISOString()
    : new Date(value).toISOString();
}

function toStandortRef(standort: Standort): StandortRef {
  return { id: standort.id, key: standort.key, name: standort.name };
}

export function toStandortPublic(standort: Standort): StandortPublic {
  return {
    id: standort.id,
    key: standort.key,
    name: standort.name,
    street: standort.street,
    postalCode: standort.postalCode,
    city: standort.city,
    phone: standort.phone,
    email: standort.email,
    openingHours: standort.openingHours,
    exceptions: standort.exceptions,
    accessibility: standort.accessibility,
    appointmentUrl: standort.appointmentUrl,
  };
}

export function toSachgebietPublic(sachgebiet: Sachgebiet): SachgebietPublic {
  return {
    id: sachgebiet.id,
    code: sachgebiet.code,
    name: sachgebiet.name,
    department: sachgebiet.department,
    phone: sachgebiet.phone,
    email: sachgebiet.email,
    room: sachgebiet.room,
    standort: sachgebiet.standort ? toStandortRef(sachgebiet.standort) : null,
    openingHours: sachgebiet.openingHours,
  };
}

export function toSachgebietStaff(sachgebiet: Sachgebiet): SachgebietStaff {
  return {
    ...toSachgebietPublic(sachgebiet),
    forwardingEmail: sachgebiet.forwardingEmail,
    answerDeadlineDays: sachgebiet.answerDeadlineDays,
    reviewIntervalMonths: sachgebiet.reviewIntervalMonths,
    internalPhone: sachgebiet.internalPhone,
  };
}

export function toLebenslagePublic(lebenslage: Lebenslage): LebenslagePublic {
  return {
    id: lebenslage.id,
    slug: lebenslage.slug,
    name: lebenslage.name,
    parentSlug: lebenslage.parent?.slug ?? null,
    description: lebenslage.description,
  };
}

export function toLeistungPublic(leistung: Leistung): LeistungPublic {
  return {
    id: leistung.id,
    slug: leistung.slug,
    leikaKey: leistung.leikaKey,
    title: leistung.title,
    plainTitle: leistung.plainTitle,
    shortText: leistung.shortText,
    fullText: leistung.fullText,
    leichteSprache: leistung.leichteSprache ?? null,
    prerequisites: leistung.prerequisites,
    requiredDocuments: leistung.requiredDocuments,
    fees: leistung.fees,
    processingTime: leistung.processingTime,
    deadlines: leistung.deadlines,
    procedure: leistung.procedure,
    legalBasis: leistung.legalBasis,
    forms: leistung.forms,
    onlineServices: leistung.onlineServices,
    furtherLinks: leistung.furtherLinks,
    searchTerms: leistung.searchTerms,
    lebenslagen: (leistung.lebenslagen ?? []).map((lebenslage) => ({
      slug: lebenslage.slug,
      name: lebenslage.name,
    })),
    sachgebiet: leistung.sachgebiet
      ? toSachgebietPublic(leistung.sachgebiet)
      : null,
    standorte: (leistung.standorte ?? []).map(toStandortPublic),
    validFrom: leistung.validFrom,
    validTo: leistung.validTo,
    lastReviewedAt: leistung.lastReviewedAt,
    updatedAt: isoDateTime(leistung.updatedAt),
  };
}

export function toLeistungStaff(
  leistung: Leistung,
  workingCopy: RevisionSummary | null,
): LeistungStaff {
  return {
    ...toLeistungPublic(leistung),
    sachgebiet: leistung.sachgebiet
      ? toSachgebietStaff(leistung.sachgebiet)
      : null,
    internalNotes: leistung.internalNotes,
    status: leistung.status,
    reviewDue: leistung.reviewDue,
    externalRef:
      leistung.externalRefSource && leistung.externalRefId
        ? { source: leistung.externalRefSource, id: leistung.externalRefId }
        : null,
    version: leistung.version,
    createdAt: isoDateTime(leistung.createdAt),
    workingCopy,
  };
}

export function toLeistungListItem(leistung: Leistung): LeistungListItem {
  return {
    id: leistung.id,
    slug: leistung.slug,
    title: leistung.title,
    status: leistung.status,
    sachgebietCode: leistung.sachgebiet?.code ?? null,
    updatedAt: isoDateTime(leistung.updatedAt),
    version: leistung.version,
  };
}
