import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  FEEDBACK_KIND_LABELS,
  type Feedback,
  type FeedbackStatus,
} from '@auskunft/contracts';

const STATUS_LABELS: Record<FeedbackStatus, string> = {
  open: 'Offen',
  answered: 'Beantwortet',
};

/** One report with its answer; the status is spelled out, never only a colour. */
@Component({
  selector: 'app-feedback-item',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = feedback();
    <p class="meta">
      <!-- &ngsp; keeps a space between the parts for screen readers; flex gap is only visual. -->
      <span class="status" [class.answered]="item.status === 'answered'"
        ><span class="visually-hidden">Status: </span>{{ statusLabel() }}</span
      >&ngsp;<span class="kind">{{ kindLabel() }}</span
      >&ngsp;<span class="by"
        >von {{ item.createdByName }} am
        <time [attr.datetime]="item.createdAt">{{
          item.createdAt | date: 'dd.MM.yyyy'
        }}</time></span
      >
    </p>
    <p class="comment">{{ item.comment }}</p>
    @if (item.answer) {
      <div class="answer" tabindex="-1">
        <p class="answer-by">
          Antwort
          @if (item.answeredByName) {
            von {{ item.answeredByName }}
          }
          @if (item.answeredAt) {
            am
            <time [attr.datetime]="item.answeredAt">{{
              item.answeredAt | date: 'dd.MM.yyyy'
            }}</time>
          }
        </p>
        <p class="answer-text">{{ item.answer }}</p>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.5rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .status {
      padding: 0.125rem 0.5rem;
      border: 1px solid var(--mat-sys-tertiary);
      border-radius: var(--mat-sys-corner-small);
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
      font: var(--mat-sys-label-large);
    }
    .status.answered {
      border-color: var(--mat-sys-outline);
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-high);
    }
    .kind {
      font-weight: 600;
      color: var(--mat-sys-on-surface);
    }
    .comment,
    .answer-text {
      margin: 0;
      white-space: pre-line;
    }
    .answer {
      margin-top: 0.75rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-primary);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
    }
    .answer-by {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-label-large);
    }
  `,
})
export class FeedbackItem {
  readonly feedback = input.required<Feedback>();

  protected readonly kindLabel = computed(
    () => FEEDBACK_KIND_LABELS[this.feedback().kind],
  );
  protected readonly statusLabel = computed(
    () => STATUS_LABELS[this.feedback().status],
  );
}
