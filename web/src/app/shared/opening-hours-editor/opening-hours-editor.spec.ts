import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  groupByName,
  normalized,
  typeInto,
} from '../../../testing/accessible-queries';
import { officeWeek } from '../../../testing/builders';
import { hostOf } from '../../../testing/dom';
import { focusFirstInvalid } from '../forms/form-errors';
import { OpeningHoursEditor } from './opening-hours-editor';
import { weeklyHoursForm, weeklyHoursValue } from './opening-hours-form';

@Component({
  imports: [ReactiveFormsModule, OpeningHoursEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <app-opening-hours-editor [form]="form.controls.hours" />
      <button type="submit">Speichern</button>
    </form>
  `,
})
class HostForm {
  readonly form = new FormGroup({ hours: weeklyHoursForm(officeWeek()) });
  submit(): void {
    this.form.markAllAsTouched();
  }
}

describe(OpeningHoursEditor.name, () => {
  let fixture: ComponentFixture<HostForm>;
  let host: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostForm);
    await fixture.whenStable();
    host = hostOf(fixture);
  });

  const form = () => fixture.componentInstance.form;
  const range = (name: string) => groupByName(host, name);

  async function settle(): Promise<void> {
    await fixture.whenStable();
  }

  it('offers every weekday as a labelled group, each range with "von" and "bis"', () => {
    for (const day of ['Montag', 'Mittwoch', 'Samstag', 'Sonntag']) {
      expect(groupByName(host, day)).toBeTruthy();
    }
    const monday = range('Montag, Zeitraum 1');
    expect(fieldByLabel(monday, 'von').value).toBe('08:00');
    expect(fieldByLabel(monday, 'bis').value).toBe('12:00');
    expect(fieldByLabel(monday, 'von').type).toBe('time');
    expect(normalized(groupByName(host, 'Samstag').textContent)).toContain(
      'Geschlossen',
    );
  });

  it('says at the "bis" field when a range does not start before it ends', async () => {
    const monday = range('Montag, Zeitraum 1');
    typeInto(fieldByLabel(monday, 'bis'), '07:30');
    await settle();

    expect(errorTexts(monday)).toEqual([
      'Das Ende muss nach dem Beginn liegen.',
    ]);
    expect(fieldByLabel(monday, 'bis').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(form().invalid).toBeTrue();

    typeInto(fieldByLabel(monday, 'bis'), '12:30');
    await settle();

    expect(errorTexts(monday)).toEqual([]);
    expect(form().valid).toBeTrue();
  });

  it('names the range an overlapping one collides with', async () => {
    const second = range('Dienstag, Zeitraum 2');
    typeInto(fieldByLabel(second, 'von'), '11:00');
    await settle();

    expect(errorTexts(second)).toEqual(['Überschneidet sich mit Zeitraum 1.']);
    expect(errorTexts(range('Dienstag, Zeitraum 1'))).toEqual([]);
    expect(form().invalid).toBeTrue();

    typeInto(fieldByLabel(second, 'von'), '12:00');
    await settle();

    expect(errorTexts(second)).toEqual([]);
    expect(form().valid).toBeTrue();
  });

  it('adds a range, focuses its start, and shows missing times once the form is submitted', async () => {
    buttonByName(host, 'Zeitraum hinzufügen (Samstag)').click();
    await settle();

    const saturday = range('Samstag, Zeitraum 1');
    expect(document.activeElement).toBe(fieldByLabel(saturday, 'von'));
    expect(errorTexts(saturday)).toEqual([]);

    buttonByName(host, 'Speichern').click();
    await settle();

    expect(errorTexts(saturday)).toEqual([
      'Bitte Beginn angeben.',
      'Bitte Ende angeben.',
    ]);
    focusFirstInvalid(host);
    expect(document.activeElement).toBe(fieldByLabel(saturday, 'von'));
  });

  it('removes a range, leaving focus on the add button of that day', async () => {
    buttonByName(host, 'Entfernen (Montag, Zeitraum 1)').click();
    await settle();

    expect(weeklyHoursValue(form().controls.hours).mon).toEqual([]);
    expect(normalized(groupByName(host, 'Montag').textContent)).toContain(
      'Geschlossen',
    );
    expect(document.activeElement).toBe(
      buttonByName(host, 'Zeitraum hinzufügen (Montag)'),
    );
  });

  it('copies Monday to Tuesday through Friday and says so', async () => {
    typeInto(fieldByLabel(range('Montag, Zeitraum 1'), 'von'), '07:30');
    buttonByName(
      host,
      'Zeiten vom Montag für Dienstag bis Freitag übernehmen',
    ).click();
    await settle();

    const hours = weeklyHoursValue(form().controls.hours);
    expect(hours.tue).toEqual([{ from: '07:30', to: '12:00' }]);
    expect(hours.fri).toEqual(hours.mon);
    expect(hours.sat).toEqual([]);
    expect(host.querySelector('[role="status"]')?.textContent).toContain(
      'gelten jetzt auch für Dienstag bis Freitag',
    );
  });
});
