import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedMeili } from '../src/meili/embedded-meili';

/** One real Meilisearch for the whole integration run; each test file uses its own index prefix. */
export default async function globalSetup(): Promise<void> {
  const meili = new EmbeddedMeili({
    dataDir: mkdtempSync(join(tmpdir(), 'auskunft-it-meili-')),
  });
  await meili.start();
  process.env['MEILI_URL'] = meili.url;
  process.env['MEILI_MASTER_KEY'] = meili.masterKey;
  (globalThis as { __AUSKUNFT_MEILI__?: EmbeddedMeili }).__AUSKUNFT_MEILI__ =
    meili;
}
