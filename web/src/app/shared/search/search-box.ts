import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  model,
  output,
  viewChild,
  afterNextRender,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/** The one labelled search field of both areas; a search landmark for screen readers. */
@Component({
  selector: 'app-search-box',
  imports: [MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="search-box"
      role="search"
      [attr.aria-label]="label()"
      (submit)="submit($event)"
    >
      <mat-form-field
        class="field"
        appearance="outline"
        subscriptSizing="dynamic"
      >
        <mat-label>{{ label() }}</mat-label>
        <input
          #field
          matInput
          type="search"
          name="q"
          autocomplete="off"
          enterkeyhint="search"
          [value]="query()"
          (input)="query.set(field.value)"
          (keydown.arrowdown)="arrowDown($event)"
          (keydown.escape)="clear()"
        />
        @if (hint()) {
          <mat-hint>{{ hint() }}</mat-hint>
        }
        @if (query()) {
          <button
            matIconSuffix
            mat-icon-button
            type="button"
            aria-label="Suchbegriff löschen"
            (click)="clear()"
          >
            <svg
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 24 24"
              width="24"
              height="24"
            >
              <path
                fill="currentColor"
                d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"
              />
            </svg>
          </button>
        }
      </mat-form-field>
      @if (showSubmit()) {
        <button class="submit" mat-flat-button type="submit">Suchen</button>
      }
    </form>
  `,
  styles: `
    .search-box {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem;
    }
    .field {
      flex: 1 1 18rem;
    }
    .submit {
      /* Same height as the outlined field, so both line up. */
      height: 56px;
    }
    /* Chromium's own clear cross is not keyboard reachable; ours is. */
    input[type='search']::-webkit-search-cancel-button {
      appearance: none;
    }
  `,
})
export class SearchBox {
  readonly label = input.required<string>();
  readonly hint = input('');
  /** Citizens get an explicit "Suchen" button; agents search while typing. */
  readonly showSubmit = input(false);
  readonly query = model('');
  readonly submitted = output<string>();
  /** ArrowDown in the field: the page moves focus into the result list. */
  readonly moveToResults = output<void>();

  private readonly field =
    viewChild.required<ElementRef<HTMLInputElement>>('field');

  /** Text typed into the server-rendered page before the app took it over, until it is put back. */
  private typedBeforeTakeover = '';

  constructor() {
    // On a server-rendered page, a citizen may type before the app takes the
    // page over; the takeover resets the field to the (empty) query, so the
    // typed text is read from the server's DOM first and put back afterwards.
    this.typedBeforeTakeover =
      inject<ElementRef<HTMLElement>>(ElementRef).nativeElement.querySelector?.(
        'input',
      )?.value ?? '';
    if (this.typedBeforeTakeover) {
      afterNextRender(() => {
        if (!this.query()) {
          this.query.set(this.typedBeforeTakeover);
        }
        this.typedBeforeTakeover = '';
      });
    }
  }

  focus(): void {
    this.field().nativeElement.focus();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    // What the field shows is what is searched: an Enter pressed while the app takes a
    // server-rendered page over (replayed by Angular) may come before the typed text
    // reached the query (seen twice in the e2e suite: the field kept the text, nothing
    // was searched).
    const text =
      this.field().nativeElement.value ||
      this.query() ||
      this.typedBeforeTakeover;
    this.query.set(text);
    this.submitted.emit(text);
  }

  protected arrowDown(event: Event): void {
    event.preventDefault();
    this.moveToResults.emit();
  }

  protected clear(): void {
    this.query.set('');
    this.focus();
  }
}
