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
 */
export function expandSynonyms(files: SynonymFile[]): SynonymMap {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const source = normalizeTerm(from);
    const target = normalizeTerm(to);
    if (!source || !target || source === target) {
      return;
    }
    let targets = map.get(source);
    if (!targets) {
      targets = new Set();
      map.set(source, targets);
    }
    targets.add(target);
  };
  for (const file of files) {
    for (const group of file.groups ?? []) {
      for (const term of group.terms) {
        for (const other of group.terms) {
          add(term, other);
        }
      }
    }
    for (const entry of file.oneWay ?? []) {
      for (const target of entry.to) {
        add(entry.from, target);
      }
    }
  }
  const result: SynonymMap = {};
  for (const key of [...map.keys()].sort()) {
    result[key] = [...(map.get(key) ?? [])].sort();
  }
  return result;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read search configuration ${path}: ${(error as Error).message}`);
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
  const file = join(dir, 'stop-words.de.txt');
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
}

/** Reads the settings data from search-config/ (and an office's extra vocabulary, if configured). */
export function loadSearchSettings(configDir: string, extraDir?: string): LoadedSearchSettings {
  const file = readJson<IndexSettingsFile>(join(configDir, 'index-settings.json'));
  const synonymFiles = [...synonymFilesIn(configDir), ...(extraDir ? synonymFilesIn(extraDir) : [])];
  const synonyms = expandSynonyms(synonymFiles.map((path) => readJson<SynonymFile>(path)));
  const stopWords = readStopWords(configDir);
  const build = (audience: IndexAudience): Settings => ({
    ...file.common,
    ...file[audience],
    stopWords,
    synonyms,
  });
  return { staff: build('staff'), public: build('public'), synonyms, stopWords };
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
    const left = wanted.map((entry) => JSON.stringify(entry));
    const right = actual.map((entry) => JSON.stringify(entry));
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
    return Object.entries(wanted as Record<string, unknown>).every(
      ([childKey, value]) => value === undefined || matches(value, (actual as Record<string, unknown>)[childKey], childKey),
    );
  }
  return wanted === actual;
}
