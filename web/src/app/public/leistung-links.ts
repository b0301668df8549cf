import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LEISTUNGEN_SEGMENT } from '../paths';

/** What a link to a Leistung needs; search hits have it. */
export interface LeistungLinkItem {
  slug: string;
  title: string;
  shortText?: string;
}

/** Leistungen as a list of links with their Kurzantwort. */
@Component({
  selector: 'app-leistung-links',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="leistungen">
      @for (hit of hits(); track hit.slug) {
        <li>
          <a class="title" [routerLink]="link(hit)">{{ hit.title }}</a>
          @if (withShortText() && hit.shortText) {
            <p class="short">{{ hit.shortText }}</p>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .leistungen {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      font: var(--mat-sys-title-medium);
    }
    .short {
      margin: 0.25rem 0 0;
      max-width: 48rem;
    }
  `,
})
export class LeistungLinks {
  readonly hits = input.required<readonly LeistungLinkItem[]>();
  readonly withShortText = input(true);

  protected link(hit: LeistungLinkItem): string[] {
    return ['/', LEISTUNGEN_SEGMENT, hit.slug];
  }
}
