import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedMeili } from '../src/meili/embedded-meili';

/** One real Meilisearch for the whole integration run; each test file uses its own index prefix. */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'auskunft-it-meili-'));
  const meili = new EmbeddedMeili({ dataDir });
  await meili.start();
  process.env['MEILI_URL'] = meili.url;
  process.env['MEILI_MASTER_KEY'] = meili.masterKey;
  Object.assign(globalThis, {
    __AUSKUNFT_MEILI__: meili,
    __AUSKUNFT_MEILI_DIR__: dataDir,
  });
}
