import { closedWeek } from '../../testing/builders';
import { weekSummary } from './week-summary';

describe('weekSummary', () => {
  it('joins consecutive days with the same hours and skips closed days', () => {
    const morning = [{ from: '07:30', to: '12:00' }];
    const twice = [...morning, { from: '13:30', to: '16:00' }];

    expect(
      weekSummary({
        ...closedWeek(),
        mon: twice,
        tue: twice,
        wed: morning,
        thu: twice,
        fri: morning,
      }),
    ).toBe(
      'Mo–Di 7:30–12:00, 13:30–16:00 · Mi 7:30–12:00 · Do 7:30–12:00, 13:30–16:00 · Fr 7:30–12:00',
    );
  });

  it('does not join equal days across a closed day', () => {
    const morning = [{ from: '08:00', to: '12:00' }];

    expect(weekSummary({ ...closedWeek(), mon: morning, wed: morning })).toBe(
      'Mo 8:00–12:00 · Mi 8:00–12:00',
    );
  });
});
