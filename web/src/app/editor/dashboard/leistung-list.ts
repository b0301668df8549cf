import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  LEISTUNG_STATUSES,
  type LeistungListItem,
  type LeistungStatus,
  type Page,
  type SachgebietStaff,
} from '@auskunft/contracts';
import { switchMap } from 'rxjs';
import { EditorApi, type LeistungListQuery } from '../../core/api/editor-api';
import { type LoadState, toLoadState } from '../../core/api/load-state';
import { editorHistoryLink, editorLeistungLink } from '../../paths';
import { LEISTUNG_STATUS_LABELS, statusSymbol } from '../status-labels';

export const PAGE_SIZE = 20;

function statusOf(value: string | undefined): LeistungStatus | null {
  return LEISTUNG_STATUSES.find((status) => status === value) ?? null;
}

/**
 * All Leistungen, filtered by Sachgebiet and status. The filter and page live
 * in the URL (`?sachgebiet=&status=&seite=`), so a filtered list can be linked.
 */
@Component({
  selector: 'app-leistung-list',
  imports: [DatePipe, MatFormFieldModule, MatSelectModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leistung-list.html',
  styleUrl: './leistung-list.scss',
})
export class LeistungList {
  readonly sachgebiete = input.required<SachgebietStaff[]>();
  /** Query parameters, as the router binds them. */
  readonly status = input<string>();
  readonly sachgebiet = input<string>();
  readonly seite = input<string>();

  private readonly api = inject(EditorApi);
  private readonly router = inject(Router);

  protected readonly statuses = LEISTUNG_STATUSES;
  protected readonly statusLabels = LEISTUNG_STATUS_LABELS;
  protected readonly symbol = statusSymbol;
  protected readonly editLink = editorLeistungLink;
  protected readonly historyLink = editorHistoryLink;

  protected readonly page = computed(() =>
    Math.max(1, Number.parseInt(this.seite() ?? '1', 10) || 1),
  );
  protected readonly query = computed<LeistungListQuery>(() => ({
    status: statusOf(this.status()),
    sachgebiet: this.sachgebiet() || null,
    limit: PAGE_SIZE,
    offset: (this.page() - 1) * PAGE_SIZE,
  }));

  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      switchMap((query) => toLoadState(this.api.leistungen(query))),
    ),
    {
      initialValue: { status: 'loading' } as LoadState<Page<LeistungListItem>>,
    },
  );

  protected readonly pageCount = computed(() => {
    const state = this.state();
    return state.status === 'loaded'
      ? Math.max(1, Math.ceil(state.value.total / PAGE_SIZE))
      : 1;
  });

  protected sachgebietName(code: string | null): string {
    if (!code) {
      return 'ohne Sachgebiet';
    }
    const sachgebiet = this.sachgebiete().find((entry) => entry.code === code);
    return sachgebiet ? `${code} ${sachgebiet.name}` : code;
  }

  protected filter(name: 'status' | 'sachgebiet', value: string | null): void {
    void this.router.navigate([], {
      queryParams: { [name]: value || null, seite: null },
      queryParamsHandling: 'merge',
    });
  }

  protected pageParams(page: number): Record<string, number | null> {
    return { seite: page > 1 ? page : null };
  }
}
