import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Link } from '@auskunft/contracts';

/** Forms, online services and further links; Angular's URL sanitizing blocks javascript: links. */
@Component({
  selector: 'app-link-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="links">
      @for (link of links(); track link.url) {
        <li>
          <a [href]="link.url">{{ link.name || link.url }}</a>
        </li>
      }
    </ul>
  `,
  styles: `
    .links {
      margin: 0;
      padding-left: 1.25rem;
    }
    li + li {
      margin-top: 0.25rem;
    }
  `,
})
export class LinkList {
  readonly links = input.required<Link[]>();
}
