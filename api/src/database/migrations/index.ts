import { InitialSchema1763700000000 } from './1763700000000-initial-schema';

/** Listed explicitly: the server is bundled, so TypeORM cannot glob for migration files. */
export const MIGRATIONS = [InitialSchema1763700000000];
