import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { SachgebietStaff } from '@auskunft/contracts';
import { CatalogAdminApi } from '../../core/api/catalog-admin-api';
import { ADMIN_PATHS, adminLink } from '../../paths';
import { FocusOnRender } from '../../shared/focus-on-render';
import { catalogList } from './catalog-list';

/** The Sachgebiete (organisational units) Leistungen are assigned to. */
@Component({
  selector: 'app-sachgebiete-page',
  imports: [MatButtonModule, RouterLink, FocusOnRender],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sachgebiete-page.html',
  styleUrl: '../admin-table.scss',
})
export class SachgebietePage {
  private readonly api = inject(CatalogAdminApi);

  protected readonly list = catalogList(
    this.api.sachgebiete(),
    (a, b) => a.code.localeCompare(b.code, 'de', { numeric: true }),
    (name) =>
      `„${name}“ ist noch Leistungen zugeordnet und kann nicht gelöscht werden. Ordnen Sie die Leistungen zuerst einem anderen Sachgebiet zu.`,
  );
  protected readonly createLink = adminLink('sachgebiete', ADMIN_PATHS.create);

  protected editLink(sachgebiet: SachgebietStaff): string[] {
    return adminLink('sachgebiete', sachgebiet.id);
  }

  protected remove(sachgebiet: SachgebietStaff): void {
    this.list.remove(
      sachgebiet,
      `${sachgebiet.code} ${sachgebiet.name}`,
      this.api.deleteSachgebiet(sachgebiet.id),
    );
  }
}
