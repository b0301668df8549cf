import type { AuditEntry, Feedback, UserSummary } from '@auskunft/contracts';

/** Builders for the administration and feedback specs; see builders.ts for the rest. */

export function aUserSummary(
  overrides: Partial<UserSummary> = {},
): UserSummary {
  return {
    id: 'user-2',
    username: 'e.redakteurin',
    displayName: 'Eva Redakteurin',
    role: 'editor',
    active: true,
    sachgebiete: ['32.1'],
    createdAt: '2026-01-05T09:00:00Z',
    ...overrides,
  };
}

export function aFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: 'feedback-1',
    leistungId: 'leistung-1',
    leistungTitle: 'Führerschein umtauschen',
    sachgebietCode: '32.1',
    kind: 'outdated',
    comment: 'Die Gebühr ist seit Januar höher.',
    status: 'open',
    createdByName: 'Anna Beispiel',
    createdAt: '2026-11-02T10:15:00Z',
    answer: null,
    answeredByName: null,
    answeredAt: null,
    ...overrides,
  };
}

export function anAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    at: '2026-11-20T14:05:00Z',
    userName: 'Eva Redakteurin (e.redakteurin)',
    action: 'revision.release',
    entityType: 'leistung',
    entityId: 'leistung-1',
    entityLabel: 'Führerschein umtauschen',
    fields: ['fees'],
    ...overrides,
  };
}
