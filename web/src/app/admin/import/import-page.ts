import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { toApiProblem } from '../../core/api/api-problem';
import { toFormProblem } from '../../core/api/form-problem';
import {
  ImportApi,
  type ImportFormat,
  type ImportJob,
} from '../../core/api/import-api';
import { FocusOnRender } from '../../shared/focus-on-render';
import {
  applyServerErrors,
  focusFirstInvalid,
} from '../../shared/forms/form-errors';
import { ImportResult } from './import-result';
import {
  IMPORT_FORMAT_OPTIONS,
  formatOption,
  progressMessage,
} from './import-texts';

type FileField = 'file' | 'locations';

/**
 * Imports Leistungen and Standorte from a DLDB or XZuFi file, or restores a
 * backup. The upload starts a job on the server; the page follows it every
 * second until it has ended and then shows its report.
 */
@Component({
  selector: 'app-import-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatProgressBarModule,
    MatRadioModule,
    FocusOnRender,
    ImportResult,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
  styleUrls: ['../admin-table.scss', './import-page.scss'],
})
export class ImportPage {
  private readonly api = inject(ImportApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly formatOptions = IMPORT_FORMAT_OPTIONS;

  // The file inputs are not bound to the form (a file input's value cannot be
  // written); their change events put the chosen File into these controls.
  protected readonly form = inject(NonNullableFormBuilder).group({
    format: ['dldb' as ImportFormat, Validators.required],
    file: new FormControl<File | null>(null, Validators.required),
    locations: new FormControl<File | null>(null),
    publish: [false],
    dryRun: [false],
  });

  private readonly format = toSignal(this.form.controls.format.valueChanges, {
    initialValue: this.form.controls.format.value,
  });
  protected readonly option = computed(() => formatOption(this.format()));
  protected readonly isDldb = computed(() => this.format() === 'dldb');
  protected readonly isBackup = computed(() => this.format() === 'json');

  /** True from the upload until the job has ended (or following it failed). */
  protected readonly busy = signal(false);
  protected readonly job = signal<ImportJob | null>(null);
  protected readonly problem = signal('');
  protected readonly finished = computed(() => {
    const job = this.job();
    return job && job.status !== 'running' ? job : null;
  });
  protected readonly progress = computed(() => {
    const job = this.job();
    if (job) {
      return progressMessage(job, this.locale);
    }
    return this.busy() ? 'Datei wird hochgeladen …' : '';
  });

  constructor() {
    // The locations input leaves the page with DLDB; so does its file.
    this.form.controls.format.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((format) => {
        if (format !== 'dldb') {
          this.form.controls.locations.setValue(null);
        }
      });
  }

  protected pick(field: FileField, event: Event): void {
    const input = event.target as HTMLInputElement;
    const control = this.form.controls[field];
    control.setValue(input.files?.item(0) ?? null);
    control.markAsTouched();
  }

  protected submit(): void {
    if (this.busy()) {
      return;
    }
    this.problem.set('');
    const { format, file, locations, publish, dryRun } =
      this.form.getRawValue();
    if (this.form.invalid || !file) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidLater();
      return;
    }
    this.busy.set(true);
    this.job.set(null);
    this.api
      .run({
        format,
        file,
        locations: format === 'dldb' ? locations : null,
        publish,
        dryRun: format !== 'json' && dryRun,
      })
      // Leaving the page stops the polling; the job goes on on the server.
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (job) => this.job.set(job),
        error: (error: unknown) => {
          this.busy.set(false);
          this.fail(error);
        },
        complete: () => this.busy.set(false),
      });
  }

  private fail(error: unknown): void {
    if (this.job()) {
      this.showMessage(
        `Der Stand des Imports konnte nicht abgefragt werden. ${toApiProblem(error).message} Der Import läuft auf dem Server weiter.`,
      );
      return;
    }
    const problem = toFormProblem(error);
    switch (problem.kind) {
      case 'fields': {
        const unplaced = applyServerErrors(this.form, problem.fields);
        if (unplaced.length) {
          this.showMessage(
            `Bitte prüfen Sie die Angaben. ${unplaced.join(' ')}`,
          );
        } else {
          this.focusFirstInvalidLater();
        }
        return;
      }
      case 'conflict':
        this.showMessage(toApiProblem(error).message);
        return;
      case 'message':
        this.showMessage(problem.message);
        return;
    }
  }

  private showMessage(message: string): void {
    this.problem.set(message);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('.problem[role="alert"]')
          ?.focus(),
      { injector: this.injector },
    );
  }

  private focusFirstInvalidLater(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), {
      injector: this.injector,
    });
  }
}
