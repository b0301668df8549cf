import { Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * Focuses its element once rendered, e.g. a page's h1 (with tabindex="-1"):
 * after an in-app navigation screen readers then start at the new page
 * instead of wherever the old page's focus was.
 */
@Directive({ selector: '[appFocusOnRender]' })
export class FocusOnRender {
  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef);
    afterNextRender(() => element.nativeElement.focus());
  }
}
