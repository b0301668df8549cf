import type { EmbeddedMeili } from '../src/meili/embedded-meili';

export default async function globalTeardown(): Promise<void> {
  await (
    globalThis as { __AUSKUNFT_MEILI__?: EmbeddedMeili }
  ).__AUSKUNFT_MEILI__?.stop();
}
