import { ChangeDetectionStrategy, Component } from '@angular/core';
import { injectNotFoundStatus } from './public/ssr/server-request';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Seite nicht gefunden</h1>
    <p>Diese Adresse gibt es nicht. <a routerLink="/">Zur Bürgerinfo</a></p>
  `,
})
export class NotFoundPage {
  constructor() {
    // Rendered on the server, an unknown address answers 404, not 200.
    injectNotFoundStatus()();
  }
}
