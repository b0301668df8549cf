import type { ImportItem } from './import-types';
import { readDldb } from './readers/dldb.reader';
import { readXzufi } from './readers/xzufi';

export const IMPORT_FORMATS = ['dldb', 'xzufi', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The record stream of a file in one of the exchange formats (json is the backup, restored separately). */
export function readItems(
  format: Exclude<ImportFormat, 'json'>,
  path: string,
  locationsPath?: string,
): AsyncIterable<ImportItem> {
  return format === 'dldb' ? readDldb(path, locationsPath) : readXzufi(path);
}
