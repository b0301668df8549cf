import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { LeistungPublic, LeistungStaff } from '@auskunft/contracts';
import { DocumentList } from './document-list';
import { FeeList } from './fee-list';
import { OpeningStatusBadge } from '../opening-status/opening-status-badge';
import { InternalPanel } from './internal-panel';
import { LinkList } from './link-list';
import { procedureSteps } from './procedure-steps';
import { StandortCard } from './standort-card';
import { ZustaendigeStelle } from './zustaendige-stelle';

/** The audience travels with the data, so staff-only fields can only be shown from staff data. */
export type LeistungView =
  | { audience: 'public'; leistung: LeistungPublic }
  | { audience: 'staff'; leistung: LeistungStaff };

/**
 * One Leistung in reading order, for citizens and agents alike. Sections without
 * content are left out, so nobody reads an empty heading.
 */
@Component({
  selector: 'app-leistung-detail',
  imports: [
    DatePipe,
    DocumentList,
    FeeList,
    InternalPanel,
    LinkList,
    MatButtonModule,
    OpeningStatusBadge,
    StandortCard,
    ZustaendigeStelle,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leistung-detail.html',
  styleUrl: './leistung-detail.scss',
})
export class LeistungDetail {
  readonly view = input.required<LeistungView>();
  /** After navigating here, put screen readers and keyboard users at the title. */
  readonly focusOnLoad = input(false);

  private readonly heading =
    viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly leistung = computed(() => this.view().leistung);
  protected readonly staff = computed(() => {
    const view = this.view();
    return view.audience === 'staff' ? view.leistung : null;
  });
  protected readonly steps = computed(() =>
    procedureSteps(this.leistung().procedure),
  );

  /** "Stand" is the later of the last edit and the last review. */
  protected readonly stand = computed(() => {
    const { updatedAt, lastReviewedAt } = this.leistung();
    if (!lastReviewedAt) {
      return updatedAt;
    }
    return Date.parse(lastReviewedAt) > Date.parse(updatedAt)
      ? lastReviewedAt
      : updatedAt;
  });

  /** Printing needs JavaScript; without it the button would do nothing, so it appears only in the browser. */
  protected readonly canPrint = signal(false);

  constructor() {
    afterNextRender(() => {
      this.canPrint.set(typeof window.print === 'function');
      if (this.focusOnLoad()) {
        this.heading().nativeElement.focus();
      }
    });
  }

  protected print(): void {
    window.print();
  }

  protected hasText(value: string | null | undefined): boolean {
    return !!value && value.trim().length > 0;
  }
}
