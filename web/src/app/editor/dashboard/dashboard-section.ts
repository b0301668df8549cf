import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** One line of a to-do list: what, where it leads, and why it is on the list. */
export interface DashboardEntry {
  key: string;
  title: string;
  link: string[];
  status: string;
  symbol: string;
  detail: string;
  date: string | null;
}

/** A to-do list of the dashboard: heading with count, the entries, or a calm "nothing to do". */
@Component({
  selector: 'app-dashboard-section',
  imports: [DatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" [attr.aria-labelledby]="headingId()">
      <h2 class="heading" [id]="headingId()">
        {{ heading() }}
        <span class="count">{{ entries().length }}</span>
      </h2>
      @if (entries().length) {
        <ul class="entries">
          @for (entry of entries(); track entry.key) {
            <li>
              <a [routerLink]="entry.link">{{ entry.title }}</a>
              <span class="meta">
                <span aria-hidden="true">{{ entry.symbol }} </span
                >{{ entry.status }}
                @if (entry.detail) {
                  · {{ entry.detail }}
                }
                @if (entry.date) {
                  ·
                  <time [attr.datetime]="entry.date">{{
                    entry.date | date: 'dd.MM.yyyy'
                  }}</time>
                }
              </span>
            </li>
          }
        </ul>
      } @else {
        <p class="empty">{{ emptyText() }}</p>
      }
      @if (moreLink(); as link) {
        <p class="more">
          <a [routerLink]="link" [queryParams]="moreParams()">{{
            moreText()
          }}</a>
        </p>
      }
    </section>
  `,
  styles: `
    .section {
      height: 100%;
      box-sizing: border-box;
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
      font: var(--mat-sys-title-medium);
    }
    .count {
      min-width: 2rem;
      padding: 0.125rem 0.5rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      text-align: center;
      font: var(--mat-sys-label-large);
    }
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.625rem;
    }
    .meta {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      margin: 0.75rem 0 0;
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DashboardSection {
  readonly heading = input.required<string>();
  readonly headingId = input.required<string>();
  readonly entries = input.required<DashboardEntry[]>();
  readonly emptyText = input('Nichts zu tun.');
  /** A page with the whole list, when the dashboard shows only what concerns this user. */
  readonly moreLink = input<string[] | null>(null);
  readonly moreParams = input<Record<string, string> | null>(null);
  readonly moreText = input('');
}
