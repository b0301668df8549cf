import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  CONTENT_FIELD_LABELS,
  type RevisionComparison,
} from '@auskunft/contracts';
import { diffRows } from './diff-format';

/**
 * Field-by-field differences of two revisions. Changes are marked three ways:
 * <ins>/<del> (underline, strike-through), a visible + or −, and hidden words for
 * screen readers, which mostly do not announce ins and del.
 */
@Component({
  selector: 'app-revision-comparison-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './revision-comparison-view.html',
  styleUrl: './revision-comparison-view.scss',
})
export class RevisionComparisonView {
  readonly comparison = input.required<RevisionComparison>();

  protected readonly rows = computed(() =>
    diffRows(this.comparison().changes).map((row) => ({
      ...row,
      // The API's labels are the same; ours win should they ever differ in wording.
      label: CONTENT_FIELD_LABELS[row.field] ?? row.label,
    })),
  );
}
