import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { WeeklyHours } from '@auskunft/contracts';
import { closedWeek, officeWeek } from '../../../testing/builders';
import { hostOf, textsOf } from '../../../testing/dom';
import { OpeningHours } from './opening-hours';

describe(OpeningHours.name, () => {
  let fixture: ComponentFixture<OpeningHours>;

  async function render(hours: WeeklyHours): Promise<void> {
    fixture = TestBed.createComponent(OpeningHours);
    fixture.componentRef.setInput('hours', hours);
    await fixture.whenStable();
  }

  it('lists the working days in German with their times, closed days included', async () => {
    await render({ ...officeWeek(), wed: [] });

    expect(textsOf(hostOf(fixture), 'th')).toEqual([
      'Montag',
      'Dienstag',
      'Mittwoch',
      'Donnerstag',
      'Freitag',
    ]);
    expect(textsOf(hostOf(fixture), 'td')[2]).toBe('geschlossen');
  });

  it('shows Saturday only when there are hours that day', async () => {
    await render({ ...officeWeek(), sat: [{ from: '09:00', to: '12:00' }] });

    expect(textsOf(hostOf(fixture), 'tr').at(-1)).toBe(
      'Samstag 09:00 – 12:00 Uhr',
    );
  });

  it('renders nothing without any opening hours', async () => {
    await render(closedWeek());

    expect(hostOf(fixture).querySelector('table')).toBeNull();
  });
});
