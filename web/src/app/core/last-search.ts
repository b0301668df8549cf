import { Injectable, signal } from '@angular/core';
import type { Params } from '@angular/router';
import type { Audience } from '../paths';

/**
 * The latest search per area, so "Zurück zur Suche" on a detail page lands on
 * the same results without relying on browser history (which may lead outside the app).
 */
@Injectable({ providedIn: 'root' })
export class LastSearch {
  private readonly params = signal<Record<Audience, Params>>({
    public: {},
    staff: {},
  });

  remember(audience: Audience, params: Params): void {
    this.params.update((all) => ({ ...all, [audience]: params }));
  }

  paramsFor(audience: Audience): Params {
    return this.params()[audience];
  }
}
