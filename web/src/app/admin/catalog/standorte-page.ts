import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { StandortStaff } from '@auskunft/contracts';
import { CatalogAdminApi } from '../../core/api/catalog-admin-api';
import { ADMIN_PATHS, adminLink } from '../../paths';
import { FocusOnRender } from '../../shared/focus-on-render';
import { catalogList } from './catalog-list';

/** Buildings and branch offices with their opening hours. */
@Component({
  selector: 'app-standorte-page',
  imports: [MatButtonModule, RouterLink, FocusOnRender],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './standorte-page.html',
  styleUrl: '../admin-table.scss',
})
export class StandortePage {
  private readonly api = inject(CatalogAdminApi);

  protected readonly list = catalogList(
    this.api.standorte(),
    (a, b) => a.name.localeCompare(b.name, 'de'),
    (name) =>
      `„${name}“ ist noch Leistungen oder Sachgebieten zugeordnet und kann nicht gelöscht werden.`,
  );
  protected readonly createLink = adminLink('standorte', ADMIN_PATHS.create);

  protected editLink(standort: StandortStaff): string[] {
    return adminLink('standorte', standort.id);
  }

  protected remove(standort: StandortStaff): void {
    this.list.remove(
      standort,
      standort.name,
      this.api.deleteStandort(standort.id),
    );
  }
}
