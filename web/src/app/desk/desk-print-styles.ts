import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
} from '@angular/core';

/**
 * Print rules for the answer view that reach outside it: the app's header,
 * footer and skip link stay off paper. Global on purpose, but only while an
 * answer view is shown (Angular removes the styles with the last instance).
 */
@Component({
  selector: 'app-desk-print-styles',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
  styles: `
    @media print {
      @page {
        size: A4;
        margin: 12mm 15mm;
      }
      html,
      body {
        background: #fff !important;
        color: #000 !important;
        font-size: 10pt;
      }
      .skip-link,
      .site-header,
      .site-footer,
      .cdk-overlay-container {
        display: none !important;
      }
      main.content {
        padding: 0 !important;
        margin: 0 !important;
        max-width: none !important;
      }
    }
  `,
})
export class DeskPrintStyles {}
