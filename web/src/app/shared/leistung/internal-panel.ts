import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { LeistungStaff, LeistungStatus } from '@auskunft/contracts';
import { CLOCK, isoDay } from '../../core/clock';
import { mailHref, telHref } from './contact-links';

const STATUS_LABELS: Record<LeistungStatus, string> = {
  draft: 'Entwurf',
  in_review: 'In Prüfung',
  published: 'Veröffentlicht',
  archived: 'Archiviert',
};

/** What only agents may see; set apart so nobody reads it out to a caller by mistake. */
@Component({
  selector: 'app-internal-panel',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './internal-panel.html',
  styleUrl: './internal-panel.scss',
})
export class InternalPanel {
  readonly leistung = input.required<LeistungStaff>();

  private readonly now = inject(CLOCK);

  protected readonly tel = telHref;
  protected readonly mail = mailHref;

  protected readonly statusLabel = computed(
    () => STATUS_LABELS[this.leistung().status],
  );

  protected readonly reviewOverdue = computed(() => {
    const due = this.leistung().reviewDue;
    // ISO dates compare correctly as strings; the time part is irrelevant for a due day.
    return !!due && due.slice(0, 10) < isoDay(this.now());
  });
}
