import { ForbiddenException } from '@nestjs/common';
import { EntityManager, In, Like } from 'typeorm';
import {
  CONTENT_FIELDS,
  emptyLeistungContent,
  mayActOnSachgebiet,
  type LeistungContent,
  type Permission,
  type SessionUser,
} from '@auskunft/contracts';
import { fieldError } from '../common/api-errors';
import { sanitizeRichText } from '../common/html-sanitizer';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import type { LeistungContentDto } from './dto/leistung-write.dto';
import { Leistung } from './leistung.entity';
import { slugify, uniqueSlug } from './slug';

export const LEISTUNG_RELATIONS = {
  lebenslagen: { parent: true },
  sachgebiet: { standort: true },
  standorte: true,
} as const;

/** Editors may act only on their own Sachgebiete' Leistungen; admins everywhere. */
export function assertMayAct(
  user: SessionUser,
  permission: Permission,
  sachgebietCode: string | null,
): void {
  if (!mayActOnSachgebiet(user, permission, sachgebietCode)) {
    throw new ForbiddenException(
      sachgebietCode
        ? `Sie sind für das Sachgebiet ${sachgebietCode} nicht zuständig.`
        : 'Nur Administratoren dürfen Leistungen ohne Sachgebiet bearbeiten.',
    );
  }
}

/** The content of a Leistung as a revision holds it (references by business key). */
export function contentOf(leistung: Leistung): LeistungContent {
  return {
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
    // Relations have no order in the database; sorted keys make contents comparable.
    lebenslagen: (leistung.lebenslagen ?? []).map((entry) => entry.slug).sort(),
    sachgebiet: leistung.sachgebiet?.code ?? null,
    standorte: (leistung.standorte ?? []).map((entry) => entry.key).sort(),
    internalNotes: leistung.internalNotes,
    validFrom: leistung.validFrom,
    validTo: leistung.validTo,
  };
}

/** Fields that must never be null in stored content. */
const NOT_NULLABLE: (keyof LeistungContent)[] = [
  'slug',
  'title',
  'shortText',
  'fullText',
  'prerequisites',
  'requiredDocuments',
  'fees',
  'processingTime',
  'deadlines',
  'procedure',
  'legalBasis',
  'forms',
  'onlineServices',
  'furtherLinks',
  'searchTerms',
  'lebenslagen',
  'standorte',
];

/**
 * Merges a patch into content and normalizes it: sanitized Volltext, trimmed
 * unique search terms, checked dates and references. Field errors name the
 * field with `prefix` (e.g. "content.title").
 */
export async function mergeContent(
  manager: EntityManager,
  base: LeistungContent,
  patch: Partial<LeistungContentDto>,
  prefix = '',
): Promise<LeistungContent> {
  const merged = { ...base } as Record<string, unknown>;
  for (const field of CONTENT_FIELDS) {
    const value = (patch as Record<string, unknown>)[field];
    if (value === undefined) {
      continue;
    }
    if (
      value === null &&
      NOT_NULLABLE.includes(field as keyof LeistungContent)
    ) {
      throw fieldError(`${prefix}${field}`, 'must not be null');
    }
    merged[field] = value;
  }
  const content = merged as unknown as LeistungContent;
  if (!content.title?.trim()) {
    throw fieldError(`${prefix}title`, 'title should not be empty');
  }
  if (!content.shortText?.trim()) {
    throw fieldError(`${prefix}shortText`, 'shortText should not be empty');
  }
  content.fullText = sanitizeRichText(content.fullText ?? '');
  content.searchTerms = [
    ...new Set(content.searchTerms.map((term) => term.trim()).filter(Boolean)),
  ];
  content.lebenslagen = [...new Set(content.lebenslagen)].sort();
  content.standorte = [...new Set(content.standorte)].sort();
  if (
    content.validFrom &&
    content.validTo &&
    content.validTo < content.validFrom
  ) {
    throw fieldError(`${prefix}validTo`, 'must not be before validFrom');
  }
  if (
    content.sachgebiet &&
    !(await manager.findOne(Sachgebiet, {
      where: { code: content.sachgebiet },
    }))
  ) {
    throw fieldError(
      `${prefix}sachgebiet`,
      `unknown Sachgebiet code "${content.sachgebiet}"`,
    );
  }
  await resolveAll(
    manager,
    Lebenslage,
    'slug',
    content.lebenslagen,
    `${prefix}lebenslagen`,
  );
  await resolveAll(
    manager,
    Standort,
    'key',
    content.standorte,
    `${prefix}standorte`,
  );
  return content;
}

/** Writes content onto the live Leistung row, resolving references. */
export async function applyContent(
  manager: EntityManager,
  leistung: Leistung,
  content: LeistungContent,
): Promise<void> {
  const { lebenslagen, sachgebiet, standorte, ...fields } = content;
  Object.assign(leistung, fields);
  leistung.sachgebiet = sachgebiet
    ? await manager.findOne(Sachgebiet, { where: { code: sachgebiet } })
    : null;
  leistung.lebenslagen = await resolveAll(
    manager,
    Lebenslage,
    'slug',
    lebenslagen,
    'lebenslagen',
  );
  leistung.standorte = await resolveAll(
    manager,
    Standort,
    'key',
    standorte,
    'standorte',
  );
}

/** Empty content to merge a new Leistung's fields into. */
export const emptyContent = emptyLeistungContent;

/** A slug derived from the title that no other Leistung uses. */
export async function freeSlug(
  manager: EntityManager,
  title: string,
  ownId?: string,
): Promise<string> {
  const base = slugify(title);
  // Most titles are new: one lookup on the unique index settles it.
  const exact = await manager.findOne(Leistung, {
    select: { id: true },
    where: { slug: base },
  });
  if (!exact || exact.id === ownId) {
    return base;
  }
  const rows = await manager.find(Leistung, {
    select: { id: true, slug: true },
    where: { slug: Like(`${base}-%`) },
  });
  return uniqueSlug(
    base,
    new Set([
      base,
      ...rows.filter((row) => row.id !== ownId).map((row) => row.slug),
    ]),
  );
}

async function resolveAll<T extends Lebenslage | Standort>(
  manager: EntityManager,
  entity: new () => T,
  key: 'slug' | 'key',
  values: string[],
  field: string,
): Promise<T[]> {
  const unique = [...new Set(values)];
  if (unique.length === 0) {
    return [];
  }
  const found = await manager.find(entity, {
    where: { [key]: In(unique) } as never,
  });
  const byKey = new Map(
    found.map((row) => [(row as unknown as Record<string, string>)[key], row]),
  );
  const missing = unique.filter((value) => !byKey.has(value));
  if (missing.length > 0) {
    throw fieldError(field, `unknown: ${missing.join(', ')}`);
  }
  return unique.map((value) => byKey.get(value) as T);
}
