import {
  CONTENT_FIELDS,
  CONTENT_FIELD_LABELS,
  type LeistungContent,
} from '@auskunft/contracts';

/** What happened, in the words of the staff. Unknown actions are shown as recorded. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'leistung.create': 'Leistung angelegt',
  'leistung.delete': 'Leistung gelöscht',
  'leistung.archive': 'Leistung archiviert',
  'leistung.confirm': 'Leistung als aktuell bestätigt',
  'revision.save': 'Arbeitsversion gespeichert',
  'revision.submit': 'Zur Prüfung eingereicht',
  'revision.release': 'Freigegeben',
  'revision.reject': 'Zurückgewiesen',
  'revision.discard': 'Arbeitsversion verworfen',
  'feedback.create': 'Rückmeldung gegeben',
  'feedback.answer': 'Rückmeldung beantwortet',
  'user.create': 'Benutzer angelegt',
  'user.update': 'Benutzer geändert',
  'sachgebiet.write': 'Sachgebiet gespeichert',
  'sachgebiet.delete': 'Sachgebiet gelöscht',
  'standort.write': 'Standort gespeichert',
  'standort.delete': 'Standort gelöscht',
  'lebenslage.write': 'Lebenslage gespeichert',
  'lebenslage.delete': 'Lebenslage gelöscht',
};

export const AUDIT_ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  leistung: 'Leistung',
  feedback: 'Rückmeldung',
  user: 'Benutzer',
  sachgebiet: 'Sachgebiet',
  standort: 'Standort',
  lebenslage: 'Lebenslage',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function entityTypeLabel(entityType: string): string {
  return AUDIT_ENTITY_TYPE_LABELS[entityType] ?? entityType;
}

/** Changed fields by their German names where the Leistung has them. */
export function fieldLabel(field: string): string {
  return isContentField(field) ? CONTENT_FIELD_LABELS[field] : field;
}

function isContentField(field: string): field is keyof LeistungContent {
  return (CONTENT_FIELDS as readonly string[]).includes(field);
}
