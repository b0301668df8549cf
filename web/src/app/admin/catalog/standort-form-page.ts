import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  type StandortStaff,
  type StandortWrite,
  WEEKDAYS,
} from '@auskunft/contracts';
import { CatalogAdminApi } from '../../core/api/catalog-admin-api';
import { adminLink } from '../../paths';
import { OpeningExceptionsEditor } from '../../shared/opening-hours-editor/opening-exceptions-editor';
import { OpeningHoursEditor } from '../../shared/opening-hours-editor/opening-hours-editor';
import {
  openingExceptionForm,
  openingExceptionsForm,
  openingExceptionsValue,
  setTimeRanges,
  weeklyHoursForm,
  weeklyHoursValue,
} from '../../shared/opening-hours-editor/opening-hours-form';
import { CatalogFormFrame } from './catalog-form-frame';
import { KEY_PATTERN, loadForForm, optionalText } from './catalog-form';
import { saveFlow } from './save-flow';

/** Creates or edits a Standort: address, contact, weekly hours and dated exceptions. */
@Component({
  selector: 'app-standort-form-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    CatalogFormFrame,
    OpeningHoursEditor,
    OpeningExceptionsEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './standort-form-page.html',
  styleUrl: './catalog-form-page.scss',
})
export class StandortFormPage {
  /** From the route; undefined when creating. */
  readonly id = input<string>();

  private readonly api = inject(CatalogAdminApi);

  protected readonly listLink = adminLink('standorte');
  protected readonly form = inject(NonNullableFormBuilder).group({
    key: [
      '',
      [
        Validators.required,
        Validators.pattern(KEY_PATTERN),
        Validators.maxLength(80),
      ],
    ],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    street: ['', Validators.maxLength(200)],
    postalCode: ['', Validators.pattern(/^\d{5}$/)],
    city: ['', Validators.maxLength(100)],
    phone: ['', Validators.maxLength(60)],
    email: ['', Validators.email],
    appointmentUrl: ['', Validators.pattern(/^https?:\/\/\S+$/)],
    accessibility: ['', Validators.maxLength(2000)],
    openingHours: weeklyHoursForm(),
    exceptions: openingExceptionsForm(),
  });

  protected readonly loaded = loadForForm(
    this.id,
    this.api.standorte(),
    (standorte) => standorte,
    (entry) => this.fill(entry),
  );
  protected readonly heading = computed(() => {
    const entry = this.loaded.entry();
    return entry
      ? `Standort „${entry.name}“ bearbeiten`
      : this.id()
        ? 'Standort bearbeiten'
        : 'Standort anlegen';
  });
  protected readonly flow = saveFlow(this.form, 'key');

  protected submit(): void {
    const entry = this.loaded.entry();
    const body = this.body();
    this.flow.save(
      () =>
        entry
          ? this.api.updateStandort(entry.id, body)
          : this.api.createStandort(body),
      {
        message: (saved) => `Standort „${saved.name}“ gespeichert.`,
        link: this.listLink,
      },
    );
  }

  private fill(entry: StandortStaff | null): void {
    if (!entry) {
      return;
    }
    this.form.patchValue({
      key: entry.key,
      name: entry.name,
      street: entry.street,
      postalCode: entry.postalCode,
      city: entry.city,
      phone: entry.phone,
      email: entry.email,
      appointmentUrl: entry.appointmentUrl ?? '',
      accessibility: entry.accessibility,
    });
    for (const day of WEEKDAYS) {
      setTimeRanges(
        this.form.controls.openingHours.controls[day],
        entry.openingHours[day] ?? [],
      );
    }
    const exceptions = this.form.controls.exceptions;
    exceptions.clear();
    for (const exception of entry.exceptions) {
      exceptions.push(openingExceptionForm(exception));
    }
  }

  private body(): StandortWrite {
    const value = this.form.getRawValue();
    return {
      key: value.key.trim(),
      name: value.name.trim(),
      street: value.street.trim(),
      postalCode: optionalText(value.postalCode),
      city: value.city.trim(),
      phone: value.phone.trim(),
      email: optionalText(value.email),
      appointmentUrl: optionalText(value.appointmentUrl) ?? null,
      accessibility: value.accessibility.trim(),
      openingHours: weeklyHoursValue(this.form.controls.openingHours),
      exceptions: openingExceptionsValue(this.form.controls.exceptions),
    };
  }
}
