import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  viewChild,
} from '@angular/core';
import type { LeistungStaff } from '@auskunft/contracts';
import { CLOCK, isoDay } from '../core/clock';
import { LinkList } from '../shared/leistung/link-list';
import { procedureSteps } from '../shared/leistung/procedure-steps';
import { hasSchedule } from '../shared/opening-status/opening-status';
import { AnswerContact } from './answer-contact';
import { AnswerFees } from './answer-fees';
import { DocumentChecklist } from './document-checklist';

/**
 * One Leistung in the order an agent reads it out: Kurzantwort, documents to
 * tick off, fees, who and where with today's hours, online, procedure; internal
 * notes set apart at the end. Empty sections are left out.
 */
@Component({
  selector: 'app-answer-body',
  imports: [DatePipe, AnswerFees, LinkList, AnswerContact, DocumentChecklist],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './answer-body.html',
  styleUrl: './answer-body.scss',
})
export class AnswerBody {
  readonly leistung = input.required<LeistungStaff>();

  private readonly now = inject(CLOCK);
  private readonly heading =
    viewChild.required<ElementRef<HTMLElement>>('heading');

  /** Ticks belong to one call: a different Leistung starts unticked. */
  readonly ticked = linkedSignal<LeistungStaff, ReadonlySet<number>>({
    source: this.leistung,
    computation: () => new Set<number>(),
  });

  protected readonly steps = computed(() =>
    procedureSteps(this.leistung().procedure),
  );
  protected readonly reviewOverdue = computed(() => {
    const due = this.leistung().reviewDue;
    return !!due && due.slice(0, 10) < isoDay(this.now());
  });
  /** Standorte other than the Sachgebiet's own, which the contact block shows. */
  protected readonly otherStandorte = computed(() => {
    const own = this.leistung().sachgebiet?.standort?.id;
    return this.leistung().standorte.filter(
      (standort) => standort.id !== own && hasSchedule(standort),
    );
  });
  protected readonly hasInternal = computed(() => {
    const { internalNotes, sachgebiet } = this.leistung();
    return (
      !!internalNotes?.trim() ||
      !!sachgebiet?.internalPhone ||
      !!sachgebiet?.forwardingEmail
    );
  });

  constructor() {
    // Land screen readers and the keyboard on the answer, not on the old page's focus.
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected hasText(value: string | null | undefined): boolean {
    return !!value && value.trim().length > 0;
  }

  protected setTicked(ticked: ReadonlySet<number>): void {
    this.ticked.set(ticked);
  }
}
