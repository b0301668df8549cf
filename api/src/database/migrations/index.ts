import { InitialSchema1763700000000 } from './1763700000000-initial-schema';
import { UsersAndSessions1763700100000 } from './1763700100000-users-and-sessions';
import { Workflow1763700200000 } from './1763700200000-workflow';
import { ImportSnapshot1763700300000 } from './1763700300000-import-snapshot';
import { LeichteSprache1763700450000 } from './1763700450000-leichte-sprache';
import { Usage1763700500000 } from './1763700500000-usage';
import { Fulltext1763700600000 } from './1763700600000-fulltext';
import { ContactLog1763700700000 } from './1763700700000-contact-log';
import { Forwardings1763700800000 } from './1763700800000-forwardings';
import { ContactRollups1763700900000 } from './1763700900000-contact-rollups';
import { SearchQueryStats1763701000000 } from './1763701000000-search-query-stats';
import { FulltextLeichteSprache1763701100000 } from './1763701100000-fulltext-leichte-sprache';
import { SearchOutboxLeistung1763701200000 } from './1763701200000-search-outbox-leistung';

/** Listed explicitly: the server is bundled, so TypeORM cannot glob for migration files. */
export const MIGRATIONS = [
  InitialSchema1763700000000,
  UsersAndSessions1763700100000,
  Workflow1763700200000,
  ImportSnapshot1763700300000,
  LeichteSprache1763700450000,
  Usage1763700500000,
  Fulltext1763700600000,
  ContactLog1763700700000,
  Forwardings1763700800000,
  ContactRollups1763700900000,
  SearchQueryStats1763701000000,
  FulltextLeichteSprache1763701100000,
  SearchOutboxLeistung1763701200000,
];
