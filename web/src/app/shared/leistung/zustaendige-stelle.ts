import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { SachgebietPublic, StandortPublic } from '@auskunft/contracts';
import { mailHref, telHref } from './contact-links';
import { OpeningHours, hasOpeningHours } from './opening-hours';
import { StandortCard } from './standort-card';

/** The responsible Sachgebiet with its contact data, office hours and where to find it. */
@Component({
  selector: 'app-zustaendige-stelle',
  imports: [OpeningHours, StandortCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let stelle = sachgebiet();
    <h3 class="name">{{ stelle.name }}</h3>
    @if (stelle.department) {
      <p class="department">{{ stelle.department }}</p>
    }
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
      @if (stelle.standort && !standort()) {
        <dt>Standort</dt>
        <dd>{{ stelle.standort.name }}</dd>
      }
    </dl>
    @if (ownHours()) {
      <app-opening-hours [hours]="stelle.openingHours" caption="Sprechzeiten" />
    }
    @if (standort(); as place) {
      <div class="standort">
        <app-standort-card
          [standort]="place"
          [showHours]="!ownHours()"
          [compact]="true"
        />
      </div>
    }
  `,
  styles: `
    .name {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .department {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .contact {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0.75rem 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
    .standort {
      margin-top: 1rem;
    }
  `,
})
export class ZustaendigeStelle {
  readonly sachgebiet = input.required<SachgebietPublic>();
  /** The Leistung's Standorte; the Sachgebiet only references its own by id. */
  readonly standorte = input<StandortPublic[]>([]);

  protected readonly tel = telHref;
  protected readonly mail = mailHref;

  protected readonly standort = computed(() => {
    const ref = this.sachgebiet().standort;
    return ref
      ? (this.standorte().find((standort) => standort.id === ref.id) ?? null)
      : null;
  });

  /** The Sachgebiet's own office hours; without them the Standort's hours stand in. */
  protected readonly ownHours = computed(() =>
    hasOpeningHours(this.sachgebiet().openingHours),
  );
}
