import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { SachgebietStaff, StandortPublic } from '@auskunft/contracts';
import { mailHref, telHref } from '../shared/leistung/contact-links';
import {
  type OpeningSchedule,
  hasSchedule,
} from '../shared/opening-status/opening-status';
import { OpeningStatusBadge } from '../shared/opening-status/opening-status-badge';
import { weekSummary } from './week-summary';

/**
 * Who is responsible and whether they can be reached now: the Sachgebiet's
 * phone, e-mail and room, its Standort and today's hours with the open-now status.
 */
@Component({
  selector: 'app-answer-contact',
  imports: [OpeningStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sachgebiet(); as stelle) {
      <p class="name">
        {{ stelle.name }}
        @if (stelle.department) {
          <span class="department">({{ stelle.department }})</span>
        }
      </p>
      <dl class="contact">
        @if (stelle.phone) {
          <dt>Telefon</dt>
          <dd>
            <a [href]="tel(stelle.phone)">{{ stelle.phone }}</a>
          </dd>
        }
        @if (stelle.email) {
          <dt>E-Mail</dt>
          <dd>
            <a [href]="mail(stelle.email)">{{ stelle.email }}</a>
          </dd>
        }
        @if (stelle.room) {
          <dt>Raum</dt>
          <dd>{{ stelle.room }}</dd>
        }
        @if (standort(); as place) {
          <dt>Standort</dt>
          <dd>
            {{ place.name }}, {{ place.street }}, {{ place.postalCode }}
            {{ place.city }}
          </dd>
        } @else if (stelle.standort) {
          <dt>Standort</dt>
          <dd>{{ stelle.standort.name }}</dd>
        }
        @if (schedule(); as hours) {
          <dt class="screen-only">Heute</dt>
          <dd class="screen-only">
            <app-opening-status [schedule]="hours" [showToday]="true" />
          </dd>
          <!-- On paper "today" is stale by tomorrow: the week's hours instead. -->
          <dt class="print-only">Öffnungszeiten</dt>
          <dd class="print-only">{{ week(hours.openingHours) }}</dd>
        }
        @if (standort()?.appointmentUrl; as url) {
          <dt>Termin</dt>
          <dd><a [href]="url">Termin online vereinbaren</a></dd>
        }
      </dl>
    }
    @if (otherStandorte().length) {
      <h3 class="subheading">
        {{ sachgebiet() ? 'Auch möglich in' : 'Standorte' }}
      </h3>
      <ul class="standorte">
        @for (place of otherStandorte(); track place.id) {
          <li>
            <span class="place">{{ place.name }}</span>
            <span class="address">{{ addressOf(place) }}</span>
            @if (place.phone) {
              <span class="phone"
                >Telefon
                <a [href]="tel(place.phone)">{{ place.phone }}</a></span
              >
            }
            <app-opening-status [schedule]="place" [showToday]="true" />
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .name {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .department {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .contact {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0.5rem 0 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
    .subheading {
      margin: 1rem 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .standorte {
      margin: 0;
      padding-left: 1.25rem;
    }
    .standorte li + li {
      margin-top: 0.5rem;
    }
    .place {
      font-weight: 500;
    }
    .place,
    .address,
    .phone {
      display: block;
    }
    .print-only {
      display: none;
    }
    @media print {
      .screen-only {
        display: none;
      }
      .print-only {
        display: block;
      }
      dt.print-only {
        display: initial;
      }
    }
  `,
})
export class AnswerContact {
  readonly sachgebiet = input.required<SachgebietStaff | null>();
  readonly standorte = input.required<StandortPublic[]>();
  readonly otherStandorte = input<StandortPublic[]>([]);

  protected readonly tel = telHref;
  protected readonly mail = mailHref;

  protected readonly week = weekSummary;

  protected addressOf(place: StandortPublic): string {
    return `${place.street}, ${place.postalCode} ${place.city}`;
  }

  /** The Sachgebiet's Standort, with its address and exceptions. */
  protected readonly standort = computed(() => {
    const ref = this.sachgebiet()?.standort;
    return ref
      ? (this.standorte().find((place) => place.id === ref.id) ?? null)
      : null;
  });

  /**
   * The Sachgebiet's own hours with its building's exceptions (a closed
   * Kreishaus closes every office in it); without own hours, the Standort's.
   */
  protected readonly schedule = computed<OpeningSchedule | null>(() => {
    const stelle = this.sachgebiet();
    const place = this.standort();
    if (stelle && hasSchedule(stelle)) {
      return {
        openingHours: stelle.openingHours,
        exceptions: place?.exceptions ?? [],
      };
    }
    return place && hasSchedule(place) ? place : null;
  });
}
