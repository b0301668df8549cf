import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChildren,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SearchHit } from '@auskunft/contracts';
import { type Audience, leistungLink } from '../../paths';

/**
 * The hit list of both areas. Arrow keys move between results so agents never
 * need the mouse; highlights are API-escaped text with <mark>, and Angular's
 * sanitizer guards [innerHTML] on top of that.
 */
@Component({
  selector: 'app-search-results',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-results.html',
  styleUrl: './search-results.scss',
})
export class SearchResults {
  readonly hits = input.required<SearchHit[]>();
  readonly audience = input.required<Audience>();
  readonly busy = input(false);
  /** Enter on a result. */
  readonly opened = output<SearchHit>();
  /** Escape, or ArrowUp on the first result: back to the search field. */
  readonly returnToSearch = output<void>();

  private readonly links =
    viewChildren<ElementRef<HTMLAnchorElement>>('resultLink');

  protected linkFor(hit: SearchHit): string[] {
    return leistungLink(this.audience(), hit);
  }

  focusResult(index: number): void {
    const links = this.links();
    if (links.length === 0) {
      return;
    }
    const bounded = Math.max(0, Math.min(index, links.length - 1));
    links[bounded].nativeElement.focus();
  }

  protected onKeydown(event: KeyboardEvent, index: number): void {
    // Modified keys keep their browser meaning (e.g. Ctrl+Enter opens a new tab).
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.focusResult(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (index === 0) {
          this.returnToSearch.emit();
        } else {
          this.focusResult(index - 1);
        }
        break;
      case 'Home':
        event.preventDefault();
        this.focusResult(0);
        break;
      case 'End':
        event.preventDefault();
        this.focusResult(this.links().length - 1);
        break;
      case 'Enter':
        event.preventDefault();
        this.opened.emit(this.hits()[index]);
        break;
      case 'Escape':
        event.preventDefault();
        this.returnToSearch.emit();
        break;
    }
  }
}
