import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import { Leistung } from '../leistungen/leistung.entity';
import { SearchOutboxEntry } from '../search/search-outbox.entity';
import { Session } from '../auth/session.entity';
import { User } from '../users/user.entity';
import { AppMeta } from './app-meta.entity';

export const ENTITIES = [
  Standort,
  Sachgebiet,
  Lebenslage,
  Leistung,
  SearchOutboxEntry,
  AppMeta,
  User,
  Session,
];
