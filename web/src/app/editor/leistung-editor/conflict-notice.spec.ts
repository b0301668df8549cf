import { aVersionConflict } from '../../../testing/workflow-builders';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { TestBed } from '@angular/core/testing';
import { conflictMessage } from './conflict-notice';

describe(conflictMessage.name, () => {
  beforeEach(() => {
    // Registers the German locale data formatDate needs.
    TestBed.configureTestingModule({ providers: [provideGermanLocale()] });
    TestBed.inject(TestBed);
  });

  const now = new Date(2026, 2, 3, 12, 0);

  it('names the person and the time for a change made today', () => {
    const conflict = aVersionConflict({
      changedBy: 'Erik Editor',
      changedAt: new Date(2026, 2, 3, 10, 42).toISOString(),
    });

    expect(conflictMessage(conflict, now, 'de-DE')).toBe(
      'Erik Editor hat diese Leistung um 10:42 Uhr geändert.',
    );
  });

  it('adds the date for an older change', () => {
    const conflict = aVersionConflict({
      changedAt: new Date(2026, 2, 1, 8, 5).toISOString(),
    });

    expect(conflictMessage(conflict, now, 'de-DE')).toBe(
      'Erik Editor hat diese Leistung am 01.03.2026 um 08:05 Uhr geändert.',
    );
  });

  it('explains a working copy that was released or discarded meanwhile', () => {
    const conflict = aVersionConflict({
      changedBy: null,
      changedAt: null,
      currentVersion: 0,
    });

    expect(conflictMessage(conflict, now, 'de-DE')).toBe(
      'Die Arbeitsversion wurde inzwischen freigegeben oder verworfen.',
    );
  });
});
