import { formatDate } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { VersionConflict } from '@auskunft/contracts';
import { CLOCK, isoDay } from '../../core/clock';

/**
 * Who changed the Leistung and when, in one sentence:
 * "Erik Editor hat diese Leistung um 10:42 Uhr geändert." (today) or with the date.
 */
export function conflictMessage(
  conflict: VersionConflict,
  now: Date,
  locale: string,
): string {
  if (!conflict.changedBy || !conflict.changedAt) {
    return 'Die Arbeitsversion wurde inzwischen freigegeben oder verworfen.';
  }
  const changedAt = new Date(conflict.changedAt);
  const time = formatDate(changedAt, 'HH:mm', locale);
  const when =
    isoDay(changedAt) === isoDay(now)
      ? `um ${time} Uhr`
      : `am ${formatDate(changedAt, 'dd.MM.yyyy', locale)} um ${time} Uhr`;
  return `${conflict.changedBy} hat diese Leistung ${when} geändert.`;
}

/** Shown instead of a silent overwrite when someone else saved in between; takes focus. */
@Component({
  selector: 'app-conflict-notice',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="conflict" role="alert" tabindex="-1" #box>
      <h2 class="heading">Ihre Änderungen wurden nicht gespeichert</h2>
      <p class="message">{{ message() }}</p>
      <p>
        Ihre Eingaben sind noch da. Laden Sie die aktuelle Fassung und behalten
        Sie Ihre Änderungen – die Felder, die Sie geändert haben, werden danach
        wieder eingesetzt. Prüfen Sie das Ergebnis und speichern Sie erneut.
      </p>
      <div class="actions">
        <button
          mat-flat-button
          type="button"
          [aria-disabled]="busy()"
          (click)="!busy() && keepMine.emit()"
        >
          Neu laden und meine Änderungen behalten
        </button>
        <button
          mat-stroked-button
          type="button"
          [aria-disabled]="busy()"
          (click)="!busy() && discardMine.emit()"
        >
          Meine Änderungen verwerfen
        </button>
      </div>
    </div>
  `,
  styles: `
    .conflict {
      padding: 1rem 1.25rem;
      border: 2px solid var(--mat-sys-error);
      border-left-width: 6px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .conflict:focus-visible {
      outline-color: var(--mat-sys-error);
    }
    .heading {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    .message {
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class ConflictNotice {
  readonly conflict = input.required<VersionConflict>();
  readonly busy = input(false);
  readonly keepMine = output();
  readonly discardMine = output();

  private readonly now = inject(CLOCK);
  private readonly locale = inject(LOCALE_ID);
  private readonly box = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly message = computed(() =>
    conflictMessage(this.conflict(), this.now(), this.locale),
  );

  constructor() {
    afterNextRender(() =>
      this.box.nativeElement.querySelector<HTMLElement>('.conflict')?.focus(),
    );
  }
}
