import type { OpeningException, WeeklyHours } from '@auskunft/contracts';
import { closedWeek } from '../../../testing/builders';
import {
  type OpeningSchedule,
  dayHoursText,
  officeTime,
  openingStatus,
  openingStatusText,
} from './opening-status';

/** Hours like the Kreishaus: two ranges on most days, long Thursday, short Friday. */
function kreishausWeek(): WeeklyHours {
  const morning = { from: '07:30', to: '12:00' };
  return {
    ...closedWeek(),
    mon: [morning, { from: '13:30', to: '16:00' }],
    tue: [morning, { from: '13:30', to: '16:00' }],
    wed: [morning],
    thu: [morning, { from: '13:30', to: '18:00' }],
    fri: [{ from: '07:30', to: '12:30' }],
  };
}

/** The week of Monday 16 to Sunday 22 November 2026 (CET, UTC+1). */
const EXCEPTIONS: OpeningException[] = [
  { date: '2026-11-18', closed: true, note: 'Personalversammlung' },
  {
    date: '2026-11-20',
    closed: false,
    hours: [{ from: '09:00', to: '11:00' }],
    note: 'Betriebsausflug',
  },
];

function schedule(overrides: Partial<OpeningSchedule> = {}): OpeningSchedule {
  return {
    openingHours: kreishausWeek(),
    exceptions: EXCEPTIONS,
    ...overrides,
  };
}

function statusAt(iso: string, of: OpeningSchedule = schedule()): string {
  return openingStatusText(openingStatus(of, new Date(iso)));
}

describe('openingStatus', () => {
  describe('across a week with an exception day (times in UTC, office in CET)', () => {
    const cases: [string, string, string][] = [
      ['Mon 07:00', '2026-11-16T06:00:00Z', 'öffnet heute um 7:30'],
      ['Mon 07:30', '2026-11-16T06:30:00Z', 'jetzt geöffnet (bis 12:00)'],
      ['Mon 09:00', '2026-11-16T08:00:00Z', 'jetzt geöffnet (bis 12:00)'],
      [
        'Mon 12:00 (closing time)',
        '2026-11-16T11:00:00Z',
        'öffnet heute um 13:30',
      ],
      ['Mon 15:59', '2026-11-16T14:59:00Z', 'jetzt geöffnet (bis 16:00)'],
      ['Mon 16:00', '2026-11-16T15:00:00Z', 'öffnet morgen um 7:30'],
      [
        'Tue 21:00, Wednesday closed by exception',
        '2026-11-17T20:00:00Z',
        'öffnet Donnerstag um 7:30',
      ],
      [
        'Wed 10:00, the exception day',
        '2026-11-18T09:00:00Z',
        'heute geschlossen, öffnet morgen um 7:30',
      ],
      ['Thu 17:30', '2026-11-19T16:30:00Z', 'jetzt geöffnet (bis 18:00)'],
      [
        'Fri 08:00, exception opens later',
        '2026-11-20T07:00:00Z',
        'öffnet heute um 9:00',
      ],
      ['Fri 10:00', '2026-11-20T09:00:00Z', 'jetzt geöffnet (bis 11:00)'],
      [
        'Fri 11:30, after the exception hours',
        '2026-11-20T10:30:00Z',
        'öffnet Montag um 7:30',
      ],
      [
        'Sat 11:00',
        '2026-11-21T10:00:00Z',
        'heute geschlossen, öffnet Montag um 7:30',
      ],
      [
        'Sun 23:30',
        '2026-11-22T22:30:00Z',
        'heute geschlossen, öffnet morgen um 7:30',
      ],
      [
        'Mon 00:30 in Berlin while it is still Sunday in UTC',
        '2026-11-22T23:30:00Z',
        'öffnet heute um 7:30',
      ],
    ];
    for (const [moment, iso, expected] of cases) {
      it(`${moment}: "${expected}"`, () => {
        expect(statusAt(iso)).toBe(expected);
      });
    }
  });

  it('gives the exception that replaces the weekly hours with today', () => {
    const status = openingStatus(schedule(), new Date('2026-11-18T09:00:00Z'));

    expect(status.kind).toBe('opens-later');
    expect(status.today.exception?.note).toBe('Personalversammlung');
    expect(dayHoursText(status.today)).toBe('geschlossen');
  });

  it('describes the day with all its ranges', () => {
    const status = openingStatus(schedule(), new Date('2026-11-16T08:00:00Z'));

    expect(dayHoursText(status.today)).toBe(
      '7:30 – 12:00 und 13:30 – 16:00 Uhr',
    );
  });

  describe('daylight saving time', () => {
    it('reads 06:00 UTC as 08:00 on the Monday after the switch to summer time', () => {
      // 29 March 2026: clocks go forward; CEST is UTC+2.
      expect(statusAt('2026-03-30T06:00:00Z')).toBe(
        'jetzt geöffnet (bis 12:00)',
      );
      expect(officeTime(new Date('2026-03-30T06:00:00Z')).time).toBe('08:00');
    });

    it('reads 06:00 UTC as 07:00 on the Monday after the switch back', () => {
      // 25 October 2026: clocks go back; CET is UTC+1.
      expect(statusAt('2026-10-26T06:00:00Z')).toBe('öffnet heute um 7:30');
    });

    it('counts the days correctly across the 23-hour Sunday', () => {
      expect(statusAt('2026-03-27T12:00:00Z')).toBe('öffnet Montag um 7:30');
      expect(statusAt('2026-03-29T10:00:00Z')).toBe(
        'heute geschlossen, öffnet morgen um 7:30',
      );
    });
  });

  it('reads back-to-back ranges as one opening', () => {
    const week: WeeklyHours = {
      ...closedWeek(),
      mon: [
        { from: '12:00', to: '16:00' },
        { from: '08:00', to: '12:00' },
      ],
    };

    expect(
      statusAt('2026-11-16T09:00:00Z', { openingHours: week, exceptions: [] }),
    ).toBe('jetzt geöffnet (bis 16:00)');
  });

  it('names the date when the next opening is a week or more away', () => {
    const closedWeekAfter: OpeningException[] = [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ].map((date) => ({ date, closed: true }));

    expect(
      statusAt(
        '2026-11-21T10:00:00Z',
        schedule({ exceptions: closedWeekAfter }),
      ),
    ).toBe('heute geschlossen, öffnet Montag, 30. November, um 7:30');
  });

  it('opens on a weekend day when an exception adds hours', () => {
    const saturday: OpeningException = {
      date: '2026-11-21',
      closed: false,
      hours: [{ from: '10:00', to: '13:00' }],
      note: 'Tag der offenen Tür',
    };

    expect(
      statusAt('2026-11-21T10:00:00Z', schedule({ exceptions: [saturday] })),
    ).toBe('jetzt geöffnet (bis 13:00)');
  });

  it('says only "heute geschlossen" when no opening is in sight', () => {
    expect(
      statusAt('2026-11-16T08:00:00Z', { openingHours: closedWeek() }),
    ).toBe('heute geschlossen');
  });

  it('works for a Sachgebiet, which keeps no exceptions', () => {
    expect(
      statusAt('2026-11-18T09:00:00Z', { openingHours: kreishausWeek() }),
    ).toBe('jetzt geöffnet (bis 12:00)');
  });
});
