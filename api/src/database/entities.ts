import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { Session } from '../auth/session.entity';
import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import {
  ContactDayLeistung,
  ContactDayStat,
  ContactEntryEntity,
} from '../contacts/contact-entry.entity';
import { FeedbackEntity } from '../feedback/feedback.entity';
import { ForwardingEntity } from '../forwardings/forwarding.entity';
import { Leistung } from '../leistungen/leistung.entity';
import { SearchOutboxEntry } from '../search/search-outbox.entity';
import {
  LeistungViewDay,
  MissingTopicDay,
  SearchQueryDay,
} from '../usage/usage.entities';
import { User } from '../users/user.entity';
import { LeistungRevision } from '../workflow/leistung-revision.entity';
import { AppMeta } from './app-meta.entity';

export const ENTITIES = [
  Standort,
  Sachgebiet,
  Lebenslage,
  Leistung,
  LeistungRevision,
  SearchOutboxEntry,
  AppMeta,
  User,
  Session,
  AuditEntryEntity,
  FeedbackEntity,
  LeistungViewDay,
  MissingTopicDay,
  ContactEntryEntity,
  ContactDayStat,
  ContactDayLeistung,
  ForwardingEntity,
  SearchQueryDay,
];
