import { rmSync } from 'node:fs';
import type { EmbeddedMeili } from '../src/meili/embedded-meili';

/** Stops the run's Meilisearch and removes its data, so runs leave nothing in the temp folder. */
export default async function globalTeardown(): Promise<void> {
  const run = globalThis as {
    __AUSKUNFT_MEILI__?: EmbeddedMeili;
    __AUSKUNFT_MEILI_DIR__?: string;
  };
  await run.__AUSKUNFT_MEILI__?.stop();
  if (run.__AUSKUNFT_MEILI_DIR__) {
    rmSync(run.__AUSKUNFT_MEILI_DIR__, { recursive: true, force: true });
  }
}
