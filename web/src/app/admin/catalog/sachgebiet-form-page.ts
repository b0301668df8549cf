import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type SachgebietStaff,
  type SachgebietWrite,
  type StandortStaff,
  WEEKDAYS,
} from '@auskunft/contracts';
import { forkJoin } from 'rxjs';
import { CatalogAdminApi } from '../../core/api/catalog-admin-api';
import { adminLink } from '../../paths';
import { OpeningHoursEditor } from '../../shared/opening-hours-editor/opening-hours-editor';
import {
  setTimeRanges,
  weeklyHoursForm,
  weeklyHoursValue,
} from '../../shared/opening-hours-editor/opening-hours-form';
import { loadForForm, optionalText } from './catalog-form';
import { CatalogFormFrame } from './catalog-form-frame';
import { saveFlow } from './save-flow';

/** The server's rule for Sachgebiet codes such as "32.1". */
const CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/;

function wholeNumber(min: number, max: number) {
  return [
    Validators.required,
    Validators.min(min),
    Validators.max(max),
    Validators.pattern(/^\d+$/),
  ];
}

/** Creates or edits a Sachgebiet: contact data, opening hours, the internal service data. */
@Component({
  selector: 'app-sachgebiet-form-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CatalogFormFrame,
    OpeningHoursEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sachgebiet-form-page.html',
  styleUrl: './catalog-form-page.scss',
})
export class SachgebietFormPage {
  /** From the route; undefined when creating. */
  readonly id = input<string>();

  private readonly api = inject(CatalogAdminApi);

  protected readonly listLink = adminLink('sachgebiete');
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(CODE_PATTERN)]],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    department: ['', Validators.maxLength(200)],
    phone: ['', Validators.maxLength(60)],
    email: ['', Validators.email],
    room: ['', Validators.maxLength(60)],
    standort: [''],
    openingHours: weeklyHoursForm(),
    forwardingEmail: ['', Validators.email],
    answerDeadlineDays: new FormControl<number | null>(3, wholeNumber(0, 30)),
    reviewIntervalMonths: new FormControl<number | null>(
      12,
      wholeNumber(1, 60),
    ),
    internalPhone: ['', Validators.maxLength(200)],
  });
  protected readonly standorte = signal<StandortStaff[]>([]);

  protected readonly loaded = loadForForm(
    this.id,
    forkJoin({
      sachgebiete: this.api.sachgebiete(),
      standorte: this.api.standorte(),
    }),
    (lists) => lists.sachgebiete,
    (entry, lists) => {
      this.standorte.set(lists.standorte);
      this.fill(entry);
    },
  );
  protected readonly heading = computed(() => {
    const entry = this.loaded.entry();
    return entry
      ? `Sachgebiet ${entry.code} bearbeiten`
      : this.id()
        ? 'Sachgebiet bearbeiten'
        : 'Sachgebiet anlegen';
  });
  protected readonly flow = saveFlow(this.form, 'code');

  protected submit(): void {
    const entry = this.loaded.entry();
    const body = this.body();
    this.flow.save(
      () =>
        entry
          ? this.api.updateSachgebiet(entry.id, body)
          : this.api.createSachgebiet(body),
      {
        message: (saved) =>
          `Sachgebiet „${saved.code} ${saved.name}“ gespeichert.`,
        link: this.listLink,
      },
    );
  }

  private fill(entry: SachgebietStaff | null): void {
    if (!entry) {
      return;
    }
    this.form.patchValue({
      code: entry.code,
      name: entry.name,
      department: entry.department,
      phone: entry.phone,
      email: entry.email,
      room: entry.room,
      standort: entry.standort?.key ?? '',
      forwardingEmail: entry.forwardingEmail,
      answerDeadlineDays: entry.answerDeadlineDays,
      reviewIntervalMonths: entry.reviewIntervalMonths,
      internalPhone: entry.internalPhone ?? '',
    });
    for (const day of WEEKDAYS) {
      setTimeRanges(
        this.form.controls.openingHours.controls[day],
        entry.openingHours[day] ?? [],
      );
    }
  }

  private body(): SachgebietWrite {
    const value = this.form.getRawValue();
    return {
      code: value.code.trim(),
      name: value.name.trim(),
      department: value.department.trim(),
      phone: value.phone.trim(),
      email: optionalText(value.email),
      room: value.room.trim(),
      standort: value.standort || null,
      openingHours: weeklyHoursValue(this.form.controls.openingHours),
      forwardingEmail: optionalText(value.forwardingEmail),
      answerDeadlineDays: value.answerDeadlineDays ?? undefined,
      reviewIntervalMonths: value.reviewIntervalMonths ?? undefined,
      internalPhone: optionalText(value.internalPhone) ?? null,
    };
  }
}
