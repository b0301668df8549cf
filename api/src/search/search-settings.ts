import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from 'meilisearch';

export type IndexAudience = 'staff' | 'public';

interface IndexSettingsFile {
  common: Settings;
  staff: Settings;
  public: Settings;
}

export interface SynonymFile {
  groups?: { topic?: string; terms: string[] }[];
  oneWay?: { from: string; to: string[] }[];
}

export type SynonymMap = Record<string, string[]>;

function normalizeTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Turns equivalence groups (every term finds every other) and one-way entries
 * (a colloquial word reaches the official one, not back) into Meilisearch's map.
 * Groups that share a term, also across files, are merged into one.
 */
export function expandSynonyms(files: SynonymFile[]): SynonymMap {
  const groupOf = new Map<string, Set<string>>();
  for (const file of files) {
    for (const group of file.groups ?? []) {
      const merged = new Set(group.terms.map(normalizeTerm).filter(Boolean));
      for (const term of [...merged]) {
        const existing = groupOf.get(term);
        if (existing && existing !== merged) {
          existing.forEach((other) => merged.add(other));
        }
      }
      merged.forEach((term) => groupOf.set(term, merged));
    }
  }
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const source = normalizeTerm(from);
    const target = normalizeTerm(to);
    if (!source || !target || source === target) {
      return;
    }
    const targets = map.get(source) ?? new Set<string>();
    targets.add(target);
    map.set(source, targets);
  };
  for (const group of new Set(groupOf.values())) {
    for (const term of group) {
      group.forEach((other) => add(term, other));
    }
  }
  for (const file of files) {
    for (const entry of file.oneWay ?? []) {
      entry.to.forEach((target) => add(entry.from, target));
    }
  }
  const result: SynonymMap = {};
  for (const key of [...map.keys()].sort()) {
    result[key] = [...(map.get(key) ?? [])].sort();
  }
  return result;
}

/** Problems that make a synonym file unusable; an office file with problems is skipped, not fatal. */
export function synonymFileProblems(file: unknown): string[] {
  const problems: string[] = [];
  const data = file as SynonymFile;
  const terms: string[] = [];
  if (!data || typeof data !== 'object') {
    return ['not a JSON object'];
  }
  if (data.groups !== undefined && !Array.isArray(data.groups)) {
    problems.push('"groups" must be a list');
  }
  if (data.oneWay !== undefined && !Array.isArray(data.oneWay)) {
    problems.push('"oneWay" must be a list');
  }
  for (const group of Array.isArray(data.groups) ? data.groups : []) {
    if (
      !Array.isArray(group?.terms) ||
      group.terms.some((term) => typeof term !== 'string')
    ) {
      problems.push('every group needs "terms": a list of strings');
    } else {
      terms.push(...group.terms);
    }
  }
  for (const entry of Array.isArray(data.oneWay) ? data.oneWay : []) {
    if (
      typeof entry?.from !== 'string' ||
      !Array.isArray(entry.to) ||
      entry.to.some((term) => typeof term !== 'string')
    ) {
      problems.push(
        'every oneWay entry needs "from" (string) and "to" (list of strings)',
      );
    } else {
      terms.push(entry.from, ...entry.to);
    }
  }
  for (const term of terms) {
    if (term !== term.toLowerCase()) {
      problems.push(`"${term}" must be lowercase`);
    }
    if (term.trim().split(/\s+/).length > 3) {
      problems.push(
        `"${term}" has more than 3 words; Meilisearch never matches it`,
      );
    }
  }
  return problems;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(
      `Cannot read search configuration ${path}: ${(error as Error).message}`,
    );
  }
}

function synonymFilesIn(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir)
    .filter((name) => /^synonyms\..+\.json$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export function readStopWords(dir: string): string[] {
  return readWordList(join(dir, 'stop-words.de.txt'));
}

/** One lowercase word per line, `#` starts a comment; a missing file is an empty list. */
function readWordList(file: string): string[] {
  if (!existsSync(file)) {
    return [];
  }
  const words = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(words)].sort();
}

export interface LoadedSearchSettings {
  staff: Settings;
  public: Settings;
  synonyms: SynonymMap;
  stopWords: string[];
  /**
   * Words that mark a title as a variant of a base service (variant-words.de.txt; see
   * SearchVocabulary.titleCoverage). Used at query time only, so not part of the
   * fingerprint: changing them rebuilds nothing.
   */
  variantWords: string[];
  /**
   * What the indexes are built from: the document format, the synonym vocabulary
   * (applied at indexing) and the engine settings. When it differs from the one the
   * indexes were built with, they are rebuilt into fresh indexes, so that a setting
   * removed from index-settings.json also goes back to the engine's default.
   */
  documentsFingerprint: string;
}

/** Raise when the shape or content of the search documents changes, so indexes are rebuilt. */
export const SEARCH_DOCUMENT_FORMAT = 4;

/** Reads the settings data from search-config/ (and an office's extra vocabulary, if configured). */
export function loadSearchSettings(
  configDir: string,
  extraDir?: string,
  warn: (message: string) => void = () => undefined,
): LoadedSearchSettings {
  const file = readJson<IndexSettingsFile>(
    join(configDir, 'index-settings.json'),
  );
  const base = synonymFilesIn(configDir).map((path) => {
    const data = readJson<SynonymFile>(path);
    const problems = synonymFileProblems(data);
    if (problems.length > 0) {
      throw new Error(`Invalid synonym file ${path}: ${problems.join('; ')}`);
    }
    return data;
  });
  const office = (extraDir ? synonymFilesIn(extraDir) : []).flatMap((path) => {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      warn(`Ignoring office synonym file ${path}: ${(error as Error).message}`);
      return [];
    }
    const problems = synonymFileProblems(data);
    if (problems.length > 0) {
      warn(`Ignoring office synonym file ${path}: ${problems.join('; ')}`);
      return [];
    }
    return [data as SynonymFile];
  });
  const synonyms = expandSynonyms([...base, ...office]);
  const stopWords = readStopWords(configDir);
  const build = (audience: IndexAudience): Settings => ({
    ...file.common,
    ...file[audience],
    stopWords,
    // Applied at indexing time instead (SynonymExpansion): the engine's own synonyms
    // fan every query word out on every field, ~15 times slower per search.
    synonyms: {},
  });
  const staff = build('staff');
  const publicSettings = build('public');
  return {
    staff,
    public: publicSettings,
    synonyms,
    stopWords,
    variantWords: readWordList(join(configDir, 'variant-words.de.txt')),
    documentsFingerprint: createHash('sha256')
      .update(
        JSON.stringify([
          SEARCH_DOCUMENT_FORMAT,
          synonyms,
          stopWords,
          staff,
          publicSettings,
        ]),
      )
      .digest('hex'),
  };
}

const ORDERED_LISTS = new Set(['searchableAttributes', 'rankingRules']);

/**
 * True when every setting we manage already has the wanted value, so start-up
 * does not trigger a needless re-indexing task. Objects match when the wanted
 * keys match (the engine adds defaults); lists match regardless of order,
 * except where order means weight.
 */
export function settingsMatch(wanted: Settings, current: Settings): boolean {
  return matches(wanted, current, '');
}

function matches(wanted: unknown, actual: unknown, key: string): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(actual) || actual.length !== wanted.length) {
      return false;
    }
    // The engine hands back words in Unicode NFD ("für" as f, u, ◌̈, r): compare NFC.
    const left = wanted.map((entry) => JSON.stringify(entry).normalize('NFC'));
    const right = actual.map((entry) => JSON.stringify(entry).normalize('NFC'));
    if (!ORDERED_LISTS.has(key)) {
      left.sort();
      right.sort();
    }
    return left.every((entry, index) => entry === right[index]);
  }
  if (wanted && typeof wanted === 'object') {
    if (!actual || typeof actual !== 'object') {
      return false;
    }
    if (
      key === 'synonyms' &&
      Object.keys(wanted).length !== Object.keys(actual).length
    ) {
      // A synonym map is wanted as a whole: entries the engine has beyond it count.
      return false;
    }
    return Object.entries(wanted as Record<string, unknown>).every(
      ([childKey, value]) =>
        value === undefined ||
        matches(value, (actual as Record<string, unknown>)[childKey], childKey),
    );
  }
  return typeof wanted === 'string' && typeof actual === 'string'
    ? wanted.normalize('NFC') === actual.normalize('NFC')
    : wanted === actual;
}
