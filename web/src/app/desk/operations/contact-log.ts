import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_CHANNELS,
  CONTACT_OUTCOME_LABELS,
  type ContactChannel,
  type ContactOutcome,
} from '@auskunft/contracts';
import { MatDialog } from '@angular/material/dialog';
import type { Forwarding } from '@auskunft/contracts';
import { AuthService } from '../../core/auth/auth.service';
import {
  ForwardingDialog,
  type ForwardingDialogData,
} from './forwarding-dialog';
import { OperationsApi } from './operations-api';

function germanDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

/** The outcome buttons: one click logs the contact. */
const OUTCOME_BUTTONS: { outcome: ContactOutcome; label: string }[] = [
  { outcome: 'settled', label: 'Erledigt' },
  { outcome: 'forwarded', label: 'Weitergeleitet' },
  { outcome: 'referred', label: 'Verwiesen' },
];

let nextId = 0;

/**
 * "Kontakt erfassen" in one click: the channel is preselected (phone), the
 * outcome button logs the contact. Nothing about the caller or the agent is sent.
 */
@Component({
  selector: 'app-contact-log',
  imports: [MatButtonModule, MatButtonToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (mayLog()) {
      <section class="contact-log" [attr.aria-labelledby]="headingId">
        <h2 class="heading" [id]="headingId">Kontakt erfassen</h2>
        <p class="channel-label" [id]="channelLabelId">Kanal</p>
        <mat-button-toggle-group
          class="channels"
          [attr.aria-labelledby]="channelLabelId"
          [value]="channel()"
          (change)="channel.set($event.value)"
          hideSingleSelectionIndicator
        >
          @for (option of channels; track option) {
            <mat-button-toggle [value]="option">{{
              channelLabels[option]
            }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
        <div class="outcomes" role="group" aria-label="Ergebnis erfassen">
          @for (button of outcomes; track button.outcome) {
            <button
              mat-stroked-button
              type="button"
              [attr.aria-disabled]="sending() || null"
              [attr.title]="outcomeLabels[button.outcome]"
              (click)="log(button.outcome)"
            >
              {{ button.label }}
            </button>
          }
        </div>
        @if (mayForward()) {
          <button
            class="forward"
            mat-flat-button
            type="button"
            (click)="forward()"
          >
            Weiterleiten …
          </button>
        }
        <p class="status" role="status">{{ message() }}</p>
      </section>
    }
  `,
  styles: `
    .contact-log {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0.75rem 1rem;
    }
    .heading {
      font: var(--mat-sys-title-small);
      margin: 0 0 0.5rem;
    }
    .channel-label {
      font: var(--mat-sys-label-medium);
      margin: 0 0 0.25rem;
    }
    .channels {
      flex-wrap: wrap;
    }
    .outcomes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
    .forward {
      margin-top: 0.75rem;
    }
    .status {
      font: var(--mat-sys-body-small);
      margin: 0.5rem 0 0;
      min-height: 1.25em;
    }
  `,
})
export class ContactLog {
  /** The Leistung the answer was about, if any. */
  readonly leistungId = input<string | null>(null);
  readonly leistungTitle = input<string | null>(null);
  /** The Leistung's Sachgebiet, preselected when forwarding. */
  readonly sachgebietCode = input<string | null>(null);
  /** Free topic when nothing fitting was found (the search query). */
  readonly topic = input<string | null>(null);

  private readonly api = inject(OperationsApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);

  protected readonly headingId = `contact-log-${nextId++}`;
  protected readonly channelLabelId = `${this.headingId}-channel`;
  protected readonly channels = CONTACT_CHANNELS;
  protected readonly channelLabels = CONTACT_CHANNEL_LABELS;
  protected readonly outcomeLabels = CONTACT_OUTCOME_LABELS;
  protected readonly outcomes = OUTCOME_BUTTONS;

  protected readonly mayLog = computed(() => this.auth.can('contact:create'));
  protected readonly mayForward = computed(() =>
    this.auth.can('forwarding:create'),
  );
  protected readonly channel = signal<ContactChannel>('phone');
  protected readonly sending = signal(false);
  protected readonly message = signal('');

  protected log(outcome: ContactOutcome): void {
    if (this.sending()) {
      return;
    }
    const leistungId = this.leistungId() ?? undefined;
    const topic = leistungId ? undefined : this.topic()?.trim() || undefined;
    const channel = this.channel();
    this.sending.set(true);
    this.message.set('');
    this.api.logContact({ channel, outcome, leistungId, topic }).subscribe({
      next: () => {
        this.sending.set(false);
        this.message.set(
          `Kontakt erfasst: ${CONTACT_CHANNEL_LABELS[channel]}, ${CONTACT_OUTCOME_LABELS[outcome]}.`,
        );
      },
      error: () => {
        this.sending.set(false);
        this.message.set(
          'Der Kontakt konnte nicht erfasst werden. Bitte erneut versuchen.',
        );
      },
    });
  }

  /** A forwarding logs its own contact (outcome "forwarded"). */
  protected forward(): void {
    this.dialog
      .open<ForwardingDialog, ForwardingDialogData, Forwarding>(
        ForwardingDialog,
        {
          data: {
            leistungId: this.leistungId() ?? undefined,
            leistungTitle: this.leistungTitle() ?? undefined,
            sachgebietCode: this.sachgebietCode(),
            topic: this.leistungId() ? undefined : (this.topic() ?? undefined),
          },
          width: '36rem',
          maxWidth: '95vw',
        },
      )
      .afterClosed()
      .subscribe((created) => {
        if (created) {
          this.message.set(
            `Weitergeleitet an ${created.sachgebietName}. Antwort bis ${germanDate(created.deadline)}.`,
          );
        }
      });
  }
}
