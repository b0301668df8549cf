import { HolidayCalendar } from './working-days';

describe(HolidayCalendar.name, () => {
  const bw = new HolidayCalendar('BW');

  it('skips the weekend', () => {
    // Friday -> Monday, Thursday + 2 -> Monday.
    expect(bw.addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(bw.addWorkingDays('2026-11-19', 2)).toBe('2026-11-23');
    expect(bw.addWorkingDays('2026-11-16', 1)).toBe('2026-11-17');
  });

  it('skips the public holidays of the Bundesland only', () => {
    // 6 January is a holiday in Baden-Württemberg but not in Berlin.
    expect(bw.holidayOn('2026-01-06')).toBe('Heilige Drei Könige');
    expect(bw.addWorkingDays('2026-01-05', 1)).toBe('2026-01-07');
    expect(new HolidayCalendar('BE').addWorkingDays('2026-01-05', 1)).toBe(
      '2026-01-06',
    );
  });

  it('skips Easter: Good Friday, the weekend and Easter Monday', () => {
    expect(bw.addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });

  it('counts a weekend day of creation from the next working day', () => {
    expect(bw.addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
  });

  it('knows that weekends and holidays are no working days', () => {
    expect(bw.isWorkingDay('2026-11-21')).toBe(false);
    expect(bw.isWorkingDay('2026-10-03')).toBe(false);
    expect(bw.isWorkingDay('2026-10-05')).toBe(true);
  });
});
