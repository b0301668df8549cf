import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import type { AuditEntry, Page } from '@auskunft/contracts';
import { switchMap } from 'rxjs';
import {
  AUDIT_PAGE_SIZE,
  AuditApi,
  type AuditFilter,
  auditExportUrl,
  auditFilterParams,
} from '../../core/api/audit-api';
import { type LoadState, toLoadState } from '../../core/api/load-state';
import { FocusOnRender } from '../../shared/focus-on-render';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_TYPE_LABELS,
  actionLabel,
  entityTypeLabel,
  fieldLabel,
} from './audit-labels';

/** "bis" must not lie before "von"; ISO dates compare as strings. */
function dateOrder(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as Partial<AuditFilter>;
  return from && to && from > to ? { dateOrder: true } : null;
}

/** Shows the order problem at "bis" as soon as both dates are there. */
const TO_MATCHER: ErrorStateMatcher = {
  isErrorState: (control) => !!control?.parent?.hasError('dateOrder'),
};

/**
 * The audit log: who changed what, when. Filters and the page live in the URL
 * (shareable, Back works); the CSV export uses the same filters.
 */
@Component({
  selector: 'app-audit-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FocusOnRender,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrls: ['../admin-table.scss', './audit-page.scss'],
})
export class AuditPage {
  // Query parameters, bound by the router.
  readonly entityType = input<string>();
  readonly entityId = input<string>();
  readonly action = input<string>();
  readonly userName = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly offset = input<string>();

  private readonly api = inject(AuditApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly actionOptions = Object.entries(AUDIT_ACTION_LABELS);
  protected readonly entityTypeOptions = Object.entries(
    AUDIT_ENTITY_TYPE_LABELS,
  );
  protected readonly toMatcher = TO_MATCHER;
  protected readonly actionLabel = actionLabel;
  protected readonly entityTypeLabel = entityTypeLabel;
  protected readonly fieldLabel = fieldLabel;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      entityType: [''],
      entityId: [''],
      action: [''],
      userName: [''],
      from: [''],
      to: [''],
    },
    { validators: dateOrder },
  );

  /** The filter as applied (from the URL), not as currently typed. */
  protected readonly filter = computed<AuditFilter>(() => ({
    entityType: this.entityType() ?? '',
    entityId: this.entityId() ?? '',
    action: this.action() ?? '',
    userName: this.userName() ?? '',
    from: this.from() ?? '',
    to: this.to() ?? '',
  }));
  private readonly start = computed(() => {
    const offset = Number.parseInt(this.offset() ?? '0', 10);
    return Number.isFinite(offset) && offset > 0 ? offset : 0;
  });
  private readonly query = computed(() => ({
    filter: this.filter(),
    offset: this.start(),
  }));

  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      switchMap(({ filter, offset }) =>
        toLoadState(this.api.list(filter, offset)),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<Page<AuditEntry>> },
  );
  protected readonly page = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : null;
  });
  protected readonly problem = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.problem : null;
  });
  protected readonly range = computed(() => {
    const page = this.page();
    if (!page || page.total === 0) {
      return 'keine Einträge';
    }
    const last = Math.min(page.offset + page.items.length, page.total);
    return `Einträge ${page.offset + 1}–${last} von ${page.total}`;
  });
  protected readonly hasPrevious = computed(() => this.start() > 0);
  protected readonly hasNext = computed(() => {
    const page = this.page();
    return !!page && page.offset + page.items.length < page.total;
  });
  protected readonly csvHref = computed(() => auditExportUrl(this.filter()));

  constructor() {
    // Back/forward and links change the URL; the form shows what is applied.
    effect(() => this.form.reset(this.filter()));
  }

  protected applyFilter(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.navigate(auditFilterParams(this.form.getRawValue()));
  }

  protected resetFilter(): void {
    this.navigate({});
  }

  protected previousPage(): void {
    this.goTo(Math.max(0, this.start() - AUDIT_PAGE_SIZE));
  }

  protected nextPage(): void {
    this.goTo(this.start() + AUDIT_PAGE_SIZE);
  }

  private goTo(offset: number): void {
    const params = auditFilterParams(this.filter());
    this.navigate(offset > 0 ? { ...params, offset: String(offset) } : params);
  }

  private navigate(queryParams: Record<string, string>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
