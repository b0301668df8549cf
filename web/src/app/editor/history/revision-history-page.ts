import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type {
  LeistungStaff,
  RevisionComparison,
  RevisionSummary,
} from '@auskunft/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { toApiProblem } from '../../core/api/api-problem';
import { LeistungApi } from '../../core/api/leistung-api';
import { WorkflowApi } from '../../core/api/workflow-api';
import { workflowProblemMessage } from '../../core/api/workflow-problem';
import { AuthService } from '../../core/auth/auth.service';
import { editorDashboardLink, editorLeistungLink } from '../../paths';
import { revisionStatusLabel, statusSymbol } from '../status-labels';
import { RevisionComparisonView } from './revision-comparison-view';

/**
 * The revisions of one Leistung, newest first: who wrote and who reviewed
 * what, and why. Any two can be compared; any one can become a new draft.
 */
@Component({
  selector: 'app-revision-history-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatCheckboxModule,
    RouterLink,
    RevisionComparisonView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './revision-history-page.html',
  styleUrl: './revision-history-page.scss',
})
export class RevisionHistoryPage {
  readonly id = input.required<string>();

  private readonly workflow = inject(WorkflowApi);
  private readonly leistungApi = inject(LeistungApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly dashboardLink = editorDashboardLink();
  protected readonly editorLink = computed(() => editorLeistungLink(this.id()));
  protected readonly statusLabel = revisionStatusLabel;

  protected readonly leistung = signal<LeistungStaff | null>(null);
  protected readonly revisions = signal<RevisionSummary[]>([]);
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly problem = signal('');
  protected readonly selected = signal<number[]>([]);
  protected readonly comparison = signal<RevisionComparison | null>(null);
  protected readonly busy = signal(false);

  protected readonly mayRestore = computed(() =>
    this.auth.canOnSachgebiet(
      'leistung:edit',
      this.leistung()?.sachgebiet?.code ?? null,
    ),
  );
  protected readonly openWorkingCopy = computed(
    () => this.leistung()?.workingCopy ?? null,
  );
  protected readonly canCompare = computed(() => this.selected().length === 2);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected symbol(revision: RevisionSummary): string {
    return statusSymbol(
      revision.status === 'draft' && revision.rejected
        ? 'rejected'
        : revision.status,
    );
  }

  protected isSelected(number: number): boolean {
    return this.selected().includes(number);
  }

  /** At most two: choosing a third lets go of the one chosen first. */
  protected toggle(number: number, checked: boolean): void {
    this.selected.update((current) => {
      const without = current.filter((entry) => entry !== number);
      return checked ? [...without, number].slice(-2) : without;
    });
  }

  protected async compare(): Promise<void> {
    if (!this.canCompare() || this.busy()) {
      return;
    }
    const [from, to] = [...this.selected()].sort((a, b) => a - b);
    this.busy.set(true);
    this.problem.set('');
    try {
      this.comparison.set(
        await firstValueFrom(this.workflow.compare(this.id(), from, to)),
      );
      this.focusLater('#vergleich');
    } catch (error: unknown) {
      this.problem.set(toApiProblem(error).message);
      this.focusLater('.problem');
    } finally {
      this.busy.set(false);
    }
  }

  protected async restore(revision: RevisionSummary): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.problem.set('');
    try {
      await firstValueFrom(this.workflow.restore(this.id(), revision.number));
      await this.router.navigate(this.editorLink());
    } catch (error: unknown) {
      this.problem.set(workflowProblemMessage(error));
      this.focusLater('.problem');
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.state.set('loading');
    try {
      const [leistung, revisions] = await firstValueFrom(
        forkJoin([this.leistungApi.getStaff(id), this.workflow.revisions(id)]),
      );
      this.leistung.set(leistung);
      this.revisions.set(revisions);
      this.title.setTitle(`Verlauf: ${leistung.title} – Redaktion`);
      this.state.set('ready');
    } catch (error: unknown) {
      this.problem.set(toApiProblem(error).message);
      this.state.set('error');
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
