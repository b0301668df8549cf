import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  ElementRef,
  Injector,
  TemplateRef,
  afterNextRender,
  contentChild,
  inject,
  input,
  signal,
} from '@angular/core';
import type { AbstractControl, FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { checkOnFormEvents } from '../../shared/forms/form-events';
import { moveItem } from './leistung-form';

export interface ListItemContext<T> {
  $implicit: T;
  index: number;
}

/** Marks the template for one item; `[appListItem]="array"` types `let-item` as the array's control. */
@Directive({ selector: 'ng-template[appListItem]' })
export class ListItemTemplate<T extends AbstractControl> {
  readonly appListItem = input.required<FormArray<T>>();
  readonly template = inject<TemplateRef<ListItemContext<T>>>(TemplateRef);

  static ngTemplateContextGuard<T extends AbstractControl>(
    _directive: ListItemTemplate<T>,
    _context: unknown,
  ): _context is ListItemContext<T> {
    return true;
  }
}

type Move = 'up' | 'down';

/**
 * A list of form groups the editor can add to, remove from and reorder with
 * buttons (no drag and drop: keyboard and screen reader users reorder the same
 * way). Focus follows the item that moved, and a live region says what happened.
 */
@Component({
  selector: 'app-repeatable-list',
  imports: [NgTemplateOutlet, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './repeatable-list.html',
  styleUrl: './repeatable-list.scss',
})
export class RepeatableList<T extends AbstractControl> {
  readonly array = input.required<FormArray<T>>();
  /** Singular noun for one item, e.g. "Gebühr". */
  readonly itemLabel = input.required<string>();
  readonly addLabel = input.required<string>();
  readonly emptyText = input('Noch keine Einträge.');
  readonly create = input.required<() => T>();

  protected readonly itemTemplate = contentChild.required(ListItemTemplate);
  protected readonly announcement = signal('');

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    checkOnFormEvents(this.array);
  }

  protected add(): void {
    const array = this.array();
    array.push(this.create()());
    array.markAsDirty();
    const index = array.length - 1;
    this.announcement.set(`${this.itemLabel()} ${index + 1} hinzugefügt.`);
    this.focusLater(index, 'field');
  }

  protected remove(index: number): void {
    const array = this.array();
    array.removeAt(index);
    array.markAsDirty();
    this.announcement.set(`${this.itemLabel()} ${index + 1} entfernt.`);
    if (array.length === 0) {
      this.focusLater(null, 'add');
    } else {
      this.focusLater(Math.min(index, array.length - 1), 'field');
    }
  }

  protected move(index: number, direction: Move): void {
    const target = direction === 'up' ? index - 1 : index + 1;
    moveItem(this.array(), index, target);
    this.announcement.set(
      `${this.itemLabel()} ${index + 1} ist jetzt an Position ${target + 1}.`,
    );
    // At either end the pressed button is disabled; the other direction is what is left.
    const last = this.array().length - 1;
    const button: Move =
      (direction === 'up' && target === 0) ||
      (direction === 'down' && target === last)
        ? direction === 'up'
          ? 'down'
          : 'up'
        : direction;
    this.focusLater(target, button);
  }

  private focusLater(index: number | null, what: 'field' | 'add' | Move): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        const item =
          index === null
            ? null
            : root.querySelectorAll<HTMLElement>('.item').item(index);
        const selectors = {
          field: 'input, textarea, mat-select, [contenteditable="true"]',
          up: '.move-up',
          down: '.move-down',
          add: '.add',
        } as const;
        const target = (item ?? root).querySelector<HTMLElement>(
          selectors[what],
        );
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}
