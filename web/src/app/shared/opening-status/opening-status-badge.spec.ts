import { TestBed } from '@angular/core/testing';
import { aStandort, closedWeek } from '../../../testing/builders';
import { hostOf } from '../../../testing/dom';
import { CLOCK } from '../../core/clock';
import type { OpeningSchedule } from './opening-status';
import { OpeningStatusBadge } from './opening-status-badge';

describe(OpeningStatusBadge.name, () => {
  async function render(
    schedule: OpeningSchedule | null,
    at: string,
    showToday = false,
  ): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [OpeningStatusBadge],
      providers: [{ provide: CLOCK, useValue: () => new Date(at) }],
    });
    const fixture = TestBed.createComponent(OpeningStatusBadge);
    fixture.componentRef.setInput('schedule', schedule);
    fixture.componentRef.setInput('showToday', showToday);
    await fixture.whenStable();
    return hostOf(fixture);
  }

  it('says when the Standort is open and shows today’s hours with the exception note', async () => {
    const standort = aStandort({
      exceptions: [
        {
          date: '2026-11-17',
          closed: false,
          hours: [{ from: '08:00', to: '10:00' }],
          note: 'Fortbildung',
        },
      ],
    });

    // Tuesday 09:00 in Berlin.
    const host = await render(standort, '2026-11-17T08:00:00Z', true);

    expect(host.innerText.replace(/\s+/g, ' ').trim()).toBe(
      'jetzt geöffnet (bis 10:00) · heute 8:00 – 10:00 Uhr (Fortbildung)',
    );
    expect(host.classList).toContain('is-open');
  });

  it('marks a closed office apart from an open one', async () => {
    // Saturday.
    const host = await render(aStandort(), '2026-11-21T10:00:00Z');

    expect(host.innerText.trim()).toBe(
      'heute geschlossen, öffnet Montag um 8:00',
    );
    expect(host.classList).toContain('is-closed');
  });

  it('names the exception instead of repeating "heute geschlossen"', async () => {
    const standort = aStandort({
      exceptions: [
        { date: '2026-11-18', closed: true, note: 'Personalversammlung' },
      ],
    });

    // Wednesday 10:00 in Berlin.
    const host = await render(standort, '2026-11-18T09:00:00Z', true);

    expect(host.innerText.replace(/\s+/g, ' ').trim()).toBe(
      'heute geschlossen, öffnet morgen um 8:00 (Personalversammlung)',
    );
  });

  it('renders nothing without opening hours', async () => {
    const host = await render(
      { openingHours: closedWeek() },
      '2026-11-16T08:00:00Z',
    );

    expect(host.innerText.trim()).toBe('');
    expect(host.classList).toContain('empty');
  });
});
