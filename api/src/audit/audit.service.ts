import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Between,
  DataSource,
  EntityManager,
  FindOptionsWhere,
  LessThanOrEqual,
  MoreThanOrEqual,
  Raw,
} from 'typeorm';
import type { AuditEntry, SessionUser } from '@auskunft/contracts';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  entityLabel?: string;
  fields?: string[];
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  action?: string;
  userName?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export function toAuditEntry(entry: AuditEntryEntity): AuditEntry {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    userName: entry.userName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    entityLabel: entry.entityLabel,
    fields: entry.fields,
  };
}

/** Who changed what, when; written inside the transaction of the change itself. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    manager: EntityManager,
    actor: SessionUser | null,
    record: AuditRecord,
  ): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      userId: actor?.id ?? null,
      userName: actor ? `${actor.displayName} (${actor.username})` : 'System',
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      entityLabel: (record.entityLabel ?? '').slice(0, 300),
      fields: record.fields ?? [],
    });
  }

  async list(
    query: AuditQuery,
  ): Promise<{ items: AuditEntryEntity[]; total: number }> {
    const where: FindOptionsWhere<AuditEntryEntity> = {};
    if (query.entityType) {
      where.entityType = query.entityType;
    }
    if (query.entityId) {
      where.entityId = query.entityId;
    }
    if (query.action) {
      where.action = query.action;
    }
    if (query.userName) {
      // Part of the name or username, any case: "meier" finds "Maria Meier (mmeier)".
      const pattern = `%${query.userName.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      where.userName = Raw(
        (column) => `LOWER(${column}) LIKE :pattern ESCAPE '\\'`,
        { pattern },
      );
    }
    const from = query.from ? new Date(`${query.from}T00:00:00Z`) : undefined;
    const to = query.to ? new Date(`${query.to}T23:59:59.999Z`) : undefined;
    if (from && to) {
      where.at = Between(from, to);
    } else if (from) {
      where.at = MoreThanOrEqual(from);
    } else if (to) {
      where.at = LessThanOrEqual(to);
    }
    const [items, total] = await this.dataSource
      .getRepository(AuditEntryEntity)
      .findAndCount({
        where,
        order: { id: 'DESC' },
        skip: query.offset,
        take: query.limit,
      });
    return { items, total };
  }
}

/** RFC 4180 CSV with a BOM so spreadsheet programs open umlauts correctly; formula-like cells are defused. */
export function auditCsv(entries: AuditEntry[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
    return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = [
    [
      'Zeitpunkt',
      'Benutzer',
      'Aktion',
      'Objekttyp',
      'Objekt-ID',
      'Objekt',
      'Felder',
    ],
  ];
  for (const entry of entries) {
    rows.push([
      entry.at,
      entry.userName,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.entityLabel,
      entry.fields.join(', '),
    ]);
  }
  return (
    '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n'
  );
}
