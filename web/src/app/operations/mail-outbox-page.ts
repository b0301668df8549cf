import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { OutboxMail } from '@auskunft/contracts';
import { type LoadState, toLoadState } from '../core/api/load-state';

/** The file outbox (no SMTP server configured): the mails as they would have been sent. */
@Component({
  selector: 'app-mail-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <h1>Postausgang</h1>
      <p class="note">
        Ohne SMTP-Server (SMTP_URL) landen die E-Mails hier statt beim
        Empfänger. Die neuesten zuerst.
      </p>
      @let current = state();
      @if (current.status === 'loading') {
        <p role="status">Wird geladen …</p>
      } @else if (current.status === 'error') {
        <p role="alert">Der Postausgang konnte nicht geladen werden.</p>
      } @else {
        @for (mail of current.value; track mail.id) {
          <article class="mail">
            <h2 class="subject">{{ mail.subject }}</h2>
            <p class="meta">
              An {{ mail.to }} ·
              {{ mail.createdAt.slice(0, 16).replace('T', ' ') }} UTC
            </p>
            <pre class="text">{{ mail.text }}</pre>
          </article>
        } @empty {
          <p>Keine E-Mails im Postausgang.</p>
        }
      }
    </main>
  `,
  styles: `
    .page {
      max-width: 52rem;
      margin: 1.5rem auto;
      padding: 0 1rem;
    }
    .note,
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .mail {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 0.75rem 0;
    }
    .subject {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .text {
      white-space: pre-wrap;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class MailOutboxPage {
  protected readonly state = toSignal(
    toLoadState(inject(HttpClient).get<OutboxMail[]>('/api/v1/mail-outbox')),
    { initialValue: { status: 'loading' } as LoadState<OutboxMail[]> },
  );
}
