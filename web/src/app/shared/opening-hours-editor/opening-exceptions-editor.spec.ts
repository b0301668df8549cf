import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  groupByName,
  typeInto,
} from '../../../testing/accessible-queries';
import { hostOf } from '../../../testing/dom';
import { OpeningExceptionsEditor } from './opening-exceptions-editor';
import {
  openingExceptionsForm,
  openingExceptionsValue,
} from './opening-hours-form';

@Component({
  imports: [ReactiveFormsModule, OpeningExceptionsEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <app-opening-exceptions-editor [form]="form.controls.exceptions" />
    </form>
  `,
})
class HostForm {
  readonly form = new FormGroup({
    exceptions: openingExceptionsForm([
      { date: '2026-12-24', closed: true, note: 'Heiligabend' },
    ]),
  });
}

describe(OpeningExceptionsEditor.name, () => {
  let fixture: ComponentFixture<HostForm>;
  let host: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostForm);
    await fixture.whenStable();
    host = hostOf(fixture);
  });

  const exceptions = () => fixture.componentInstance.form.controls.exceptions;

  it('adds an exception with its date focused, closed all day by default', async () => {
    buttonByName(host, 'Ausnahme hinzufügen').click();
    await fixture.whenStable();

    const added = groupByName(host, 'Ausnahme 2');
    expect(document.activeElement).toBe(fieldByLabel(added, 'Datum'));
    expect(fieldByLabel(added, 'Ganztägig geschlossen').checked).toBeTrue();
  });

  it('opens special hours when "closed" is unticked and keeps them in the value', async () => {
    const first = groupByName(host, 'Ausnahme 1');
    fieldByLabel(first, 'Ganztägig geschlossen').click();
    await fixture.whenStable();

    const range = groupByName(first, 'Ausnahme 1, Zeitraum 1');
    expect(document.activeElement).toBe(fieldByLabel(range, 'von'));
    typeInto(fieldByLabel(range, 'von'), '09:00');
    typeInto(fieldByLabel(range, 'bis'), '12:00');
    await fixture.whenStable();

    expect(openingExceptionsValue(exceptions())).toEqual([
      {
        date: '2026-12-24',
        closed: false,
        hours: [{ from: '09:00', to: '12:00' }],
        note: 'Heiligabend',
      },
    ]);
  });

  it('says so when a date is entered twice', async () => {
    buttonByName(host, 'Ausnahme hinzufügen').click();
    await fixture.whenStable();
    typeInto(
      fieldByLabel(groupByName(host, 'Ausnahme 2'), 'Datum'),
      '2026-12-24',
    );
    await fixture.whenStable();

    expect(errorTexts(groupByName(host, 'Ausnahme 2'))).toEqual([
      'Für dieses Datum gibt es schon eine Ausnahme.',
    ]);
    expect(exceptions().invalid).toBeTrue();
  });

  it('removes an exception and returns focus to the add button', async () => {
    buttonByName(host, 'Ausnahme 1 entfernen').click();
    await fixture.whenStable();

    expect(exceptions().length).toBe(0);
    expect(host.textContent).toContain('Keine Ausnahmen eingetragen.');
    expect(document.activeElement).toBe(
      buttonByName(host, 'Ausnahme hinzufügen'),
    );
  });
});
