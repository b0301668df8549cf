import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { Permission } from '@auskunft/contracts';
import { AuthService } from '../core/auth/auth.service';
import { type AdminSection, adminLink } from '../paths';

interface SectionLink {
  label: string;
  link: string[];
  permission: Permission;
}

const SECTIONS: readonly (Omit<SectionLink, 'link'> & {
  section: AdminSection;
})[] = [
  { section: 'users', label: 'Benutzer', permission: 'user:manage' },
  {
    section: 'sachgebiete',
    label: 'Sachgebiete',
    permission: 'catalog:manage',
  },
  { section: 'standorte', label: 'Standorte', permission: 'catalog:manage' },
  {
    section: 'lebenslagen',
    label: 'Lebenslagen',
    permission: 'catalog:manage',
  },
  { section: 'audit', label: 'Protokoll', permission: 'audit:read' },
  { section: 'import', label: 'Import', permission: 'system:manage' },
];

/** Frame of the administration area: its sections as a navigation, the section below. */
@Component({
  selector: 'app-admin-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="sections" aria-label="Administration">
      <ul>
        @for (section of sections(); track section.label) {
          <li>
            <a
              [routerLink]="section.link"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              >{{ section.label }}</a
            >
          </li>
        }
      </ul>
    </nav>
    <router-outlet />
  `,
  styles: `
    :host {
      display: block;
    }
    .sections ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin: 0 0 1.5rem;
      padding: 0 0 0.5rem;
      list-style: none;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .sections a {
      display: inline-block;
      padding: 0.5rem 0.875rem;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      font-size: 1rem;
      text-decoration: none;
      &:hover {
        text-decoration: underline;
      }
    }
    /* Current section: filled and bold, so it does not rely on colour alone. */
    .sections a.active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 700;
    }
  `,
})
export class AdminShell {
  private readonly auth = inject(AuthService);

  protected readonly sections = computed<SectionLink[]>(() =>
    SECTIONS.filter((section) => this.auth.can(section.permission)).map(
      ({ section, label, permission }) => ({
        label,
        permission,
        link: adminLink(section),
      }),
    ),
  );
}
