import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { CLOCK } from '../../core/clock';
import {
  type OpeningSchedule,
  dayHoursText,
  hasSchedule,
  openingStatus,
  openingStatusText,
} from './opening-status';

/** Re-evaluated every half minute, so "geöffnet" turns into "öffnet …" at closing time. */
export const OPENING_STATUS_REFRESH_MS = 30_000;

/**
 * "jetzt geöffnet (bis 12:00)" and friends for a Standort or Sachgebiet, with
 * today's hours if asked. The colour dot is decoration only: the words carry the
 * meaning, so it reads the same to screen readers and in greyscale print.
 * Renders nothing when no hours are kept.
 */
@Component({
  selector: 'app-opening-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': 'hostClass()' },
  template: `
    @if (status(); as current) {
      <span class="dot" aria-hidden="true"></span>
      <span class="text">
        @if (label()) {
          <span class="label">{{ label() }}: </span>
        }
        <span class="status">{{ text() }}</span>
        @if (showToday()) {
          <!-- "heute geschlossen" says it already; hours follow only on open days. -->
          <span class="today">
            @if (current.today.ranges.length) {
              · heute {{ todayText() }}
            }
            @if (current.today.exception?.note; as note) {
              ({{ note }})
            }
          </span>
        }
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: baseline;
      gap: 0.5rem;
    }
    :host(.empty) {
      display: none;
    }
    .dot {
      flex: none;
      width: 0.625rem;
      height: 0.625rem;
      border-radius: 50%;
      border: 2px solid var(--mat-sys-outline);
      align-self: center;
    }
    :host(.is-open) .dot {
      /* Green is not in the Material palette; the border keeps it visible on any surface. */
      background: #1b7f3b;
      border-color: #1b7f3b;
    }
    :host(.is-opening-today) .dot {
      background: var(--mat-sys-tertiary);
      border-color: var(--mat-sys-tertiary);
    }
    .status {
      font-weight: 500;
    }
    .label {
      font-weight: 500;
    }
    .today {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OpeningStatusBadge {
  readonly schedule = input.required<OpeningSchedule | null>();
  /** Show today's hours after the status ("· heute 7:30 – 12:00 Uhr"), on days it opens. */
  readonly showToday = input(false);
  /** Optional lead-in, e.g. the Standort's name. */
  readonly label = input('');

  private readonly clock = inject(CLOCK);
  private readonly now = signal(this.clock());

  protected readonly status = computed(() => {
    const schedule = this.schedule();
    return schedule && hasSchedule(schedule)
      ? openingStatus(schedule, this.now())
      : null;
  });
  protected readonly text = computed(() => {
    const status = this.status();
    return status ? openingStatusText(status) : '';
  });
  protected readonly todayText = computed(() => {
    const status = this.status();
    return status ? dayHoursText(status.today) : '';
  });
  protected readonly hostClass = computed(() => {
    const status = this.status();
    if (!status) {
      return 'empty';
    }
    switch (status.kind) {
      case 'open':
        return 'is-open';
      case 'opens-today':
        return 'is-opening-today';
      case 'opens-later':
      case 'closed':
        return 'is-closed';
    }
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    // Browser only: a server-side render must not wait for a ticking timer.
    afterNextRender(() => {
      const timer = setInterval(
        () => this.now.set(this.clock()),
        OPENING_STATUS_REFRESH_MS,
      );
      destroyRef.onDestroy(() => clearInterval(timer));
    });
  }
}
