import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PUBLIC_LINKS, PUBLIC_PATHS } from '../paths';
import { PageMetaService } from './seo/page-meta';

/** Erklärung zur Barrierefreiheit (§ 12b BGG / BITV 2.0, Land: L-BGG BW), with the feedback contact. */
@Component({
  selector: 'app-accessibility-statement-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="text-page">
      <h1>Erklärung zur Barrierefreiheit</h1>
      <p>
        Das Landratsamt Lindenau ist bemüht, seine Website barrierefrei
        zugänglich zu machen. Rechtsgrundlage sind das
        Landes-Behindertengleichstellungsgesetz Baden-Württemberg (L-BGG) und
        die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) in
        Verbindung mit der europäischen Norm EN 301 549 und den Web Content
        Accessibility Guidelines (WCAG) 2.1, Stufe AA.
      </p>
      <p>
        Diese Erklärung gilt für den Bürgerservice unter
        <a routerLink="/">{{ origin }}</a
        >.
      </p>

      <h2>Stand der Vereinbarkeit</h2>
      <p>
        Die öffentlichen Seiten dieser Website sind mit den Anforderungen der
        BITV 2.0 vereinbar. Sie werden bei jeder Änderung automatisch mit
        axe-core auf Verstöße gegen WCAG 2.1 A und AA geprüft und mit Tastatur
        und Bildschirmleser getestet. Alle Seiten funktionieren auch ohne
        JavaScript, bei 200 % Vergrößerung und mit reduzierten Animationen.
      </p>

      <h2>Nicht barrierefreie Inhalte</h2>
      <p>
        Verlinkte Formulare (PDF-Dateien) und Online-Dienste anderer Anbieter
        sind nicht Teil dieser Website und können Barrieren enthalten. Wenn Sie
        ein Formular nicht nutzen können, hilft Ihnen die zuständige Stelle gern
        persönlich, am Telefon oder per E-Mail.
      </p>

      <h2>Erstellung dieser Erklärung</h2>
      <p>
        Diese Erklärung wurde am 21. November 2026 auf Grundlage einer
        Selbstbewertung erstellt und wird mit jeder Veröffentlichung der Website
        überprüft.
      </p>

      <h2 id="feedback">Feedback und Kontakt</h2>
      <p>
        Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten aufgefallen?
        Oder brauchen Sie Informationen in einer für Sie zugänglichen Form? Dann
        melden Sie sich bitte bei uns:
      </p>
      <address>
        Landratsamt Lindenau, Koordinierungsstelle Barrierefreiheit<br />
        E-Mail:
        <a href="mailto:barrierefreiheit@landkreis-lindenau.example"
          >barrierefreiheit&#64;landkreis-lindenau.example</a
        ><br />
        Telefon: <a href="tel:+491234567100">01234 567-100</a><br />
        Post: Kreishaus, Am Markt 1, 79999 Lindenau
      </address>
      <p>Wir antworten innerhalb von zwei Wochen.</p>

      <h2>Schlichtungsverfahren</h2>
      <p>
        Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten,
        können Sie sich an die Ombudsstelle für barrierefreie
        Informationstechnik bei der oder dem Landes-Behindertenbeauftragten
        Baden-Württemberg wenden. Das Verfahren ist kostenlos; Sie brauchen
        keinen Rechtsbeistand.
      </p>

      <h2>Leichte Sprache</h2>
      <p>
        <a [routerLink]="links.easyLanguage"
          >Informationen zu dieser Website in Leichter Sprache</a
        >
      </p>
    </article>
  `,
  styleUrl: './text-page.scss',
})
export class AccessibilityStatementPage {
  private readonly meta = inject(PageMetaService);
  protected readonly links = PUBLIC_LINKS;
  protected readonly origin = this.meta.absolute('/');

  constructor() {
    this.meta.set({
      title: 'Erklärung zur Barrierefreiheit',
      description:
        'Erklärung zur Barrierefreiheit des Bürgerservice des Landratsamts Lindenau, mit Kontakt für Rückmeldungen und Schlichtungsverfahren.',
      path: `/${PUBLIC_PATHS.accessibility}`,
    });
  }
}
