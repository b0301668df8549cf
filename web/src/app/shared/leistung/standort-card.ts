import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { StandortPublic } from '@auskunft/contracts';
import { CLOCK, isoDay } from '../../core/clock';
import { mailHref, telHref } from './contact-links';
import { OpeningHours, formatTimeRanges } from './opening-hours';

/** One Standort: address, contact, accessibility, opening hours and upcoming exceptions. */
@Component({
  selector: 'app-standort-card',
  imports: [DatePipe, OpeningHours],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let place = standort();
    <h3 class="name">{{ place.name }}</h3>
    <address>
      {{ place.street }}<br />
      {{ place.postalCode }} {{ place.city }}
      @if (!compact() && place.phone) {
        <br />Telefon: <a [href]="tel(place.phone)">{{ place.phone }}</a>
      }
      @if (!compact() && place.email) {
        <br />E-Mail: <a [href]="mail(place.email)">{{ place.email }}</a>
      }
    </address>
    @if (!compact() && place.accessibility) {
      <p>
        <span class="label">Barrierefreiheit:</span> {{ place.accessibility }}
      </p>
    }
    @if (!compact() && place.appointmentUrl) {
      <p>
        <a [href]="place.appointmentUrl"
          >Termin vereinbaren ({{ place.name }})</a
        >
      </p>
    }
    @if (showHours()) {
      <app-opening-hours
        [hours]="place.openingHours"
        [caption]="'Öffnungszeiten ' + place.name"
      />
    }
    @if (!compact() && upcomingExceptions().length) {
      <h4 class="exceptions-heading">Abweichende Öffnungszeiten</h4>
      <ul class="exceptions">
        @for (exception of upcomingExceptions(); track exception.date) {
          <li>
            {{ exception.date | date: 'EEEE, d. MMMM y' }}: {{ exception.text }}
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .name {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-medium);
    }
    address {
      font-style: normal;
      margin-bottom: 0.5rem;
    }
    .label {
      font-weight: 500;
    }
    .exceptions-heading {
      margin: 0.75rem 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .exceptions {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
})
export class StandortCard {
  readonly standort = input.required<StandortPublic>();
  /** The Zuständige Stelle shows its own hours and turns these off. */
  readonly showHours = input(true);
  /** Address only: the Standorte section below has the full card. */
  readonly compact = input(false);

  private readonly now = inject(CLOCK);

  protected readonly tel = telHref;
  protected readonly mail = mailHref;

  /** Past exceptions are no help to anyone; only today and later are listed. */
  protected readonly upcomingExceptions = computed(() => {
    const today = isoDay(this.now());
    return (this.standort().exceptions ?? [])
      .filter((exception) => exception.date >= today)
      .map((exception) => {
        const hours = exception.closed
          ? 'geschlossen'
          : formatTimeRanges(exception.hours ?? []);
        return {
          date: exception.date,
          text: exception.note ? `${hours} (${exception.note})` : hours,
        };
      });
  });
}
