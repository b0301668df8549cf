import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LebenslagePublic } from '@auskunft/contracts';
import { CatalogAdminApi } from '../../core/api/catalog-admin-api';
import { ADMIN_PATHS, adminLink } from '../../paths';
import { FocusOnRender } from '../../shared/focus-on-render';
import { catalogList } from './catalog-list';
import { type LebenslageNode, lebenslagenTree } from './lebenslagen-tree';

/** Life situations ("Umzug", "Geburt") as a tree; citizens browse by them. */
@Component({
  selector: 'app-lebenslagen-page',
  imports: [MatButtonModule, NgTemplateOutlet, RouterLink, FocusOnRender],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lebenslagen-page.html',
  styleUrls: ['../admin-table.scss', './lebenslagen-page.scss'],
})
export class LebenslagenPage {
  private readonly api = inject(CatalogAdminApi);

  protected readonly list = catalogList(
    this.api.lebenslagen(),
    (a, b) => a.name.localeCompare(b.name, 'de'),
    (name) =>
      `„${name}“ ist noch Leistungen zugeordnet oder hat untergeordnete Lebenslagen und kann nicht gelöscht werden.`,
  );
  protected readonly tree = computed(() =>
    lebenslagenTree(this.list.entries()),
  );
  protected readonly createLink = adminLink('lebenslagen', ADMIN_PATHS.create);

  protected editLink(node: LebenslageNode): string[] {
    return adminLink('lebenslagen', node.lebenslage.id);
  }

  protected remove(lebenslage: LebenslagePublic): void {
    this.list.remove(
      lebenslage,
      lebenslage.name,
      this.api.deleteLebenslage(lebenslage.id),
    );
  }
}
