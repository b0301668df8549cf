import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PUBLIC_LINKS, PUBLIC_PATHS } from '../paths';
import { PageMetaService } from './seo/page-meta';

/** The BITV 2.0 information in Leichte Sprache: what this site offers and how to use it. */
@Component({
  selector: 'app-easy-language-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="text-page easy" lang="de">
      <h1>Leichte Sprache</h1>

      <h2>Was finden Sie auf dieser Internet-Seite?</h2>
      <p>Das ist die Internet-Seite vom Bürger-Service.</p>
      <p>Der Bürger-Service gehört zum Land-Rats-Amt Lindenau.</p>
      <p>Das Land-Rats-Amt hilft den Menschen im Land-Kreis.</p>
      <p>Zum Beispiel:</p>
      <ul>
        <li>Sie wollen ein Auto anmelden.</li>
        <li>Sie brauchen einen Führer-Schein.</li>
        <li>Sie haben viel Müll und brauchen eine Abholung.</li>
        <li>Sie brauchen Geld für die Miete.</li>
      </ul>
      <p>Auf dieser Seite steht:</p>
      <ul>
        <li>Was Sie mitbringen müssen.</li>
        <li>Was es kostet.</li>
        <li>Wer Ihnen hilft.</li>
        <li>Wo das Amt ist.</li>
        <li>Wann das Amt offen ist.</li>
      </ul>

      <h2>So benutzen Sie diese Seite</h2>
      <p>Oben auf der Start-Seite ist ein Such-Feld.</p>
      <p>Schreiben Sie in das Feld, was Sie brauchen.</p>
      <p>Zum Beispiel: Auto anmelden.</p>
      <p>Dann drücken Sie auf den Knopf: Suchen.</p>
      <p>Sie sehen dann eine Liste.</p>
      <p>Klicken Sie auf das, was Sie suchen.</p>
      <p>Sie können auch eine Liste von A bis Z benutzen:</p>
      <p>
        <a [routerLink]="links.aToZ">Alle Leistungen von A bis Z</a>
      </p>
      <p>Manche Seiten haben auch einen kurzen Text in Leichter Sprache.</p>

      <h2>Hilfe für die Bedienung</h2>
      <p>Sie können die Seite mit der Tastatur bedienen.</p>
      <p>Mit der Tab-Taste springen Sie zum nächsten Link.</p>
      <p>Sie können die Schrift größer machen.</p>
      <p>Drücken Sie dafür die Taste Strg und die Taste Plus.</p>

      <h2>Ist die Seite für alle gut zu benutzen?</h2>
      <p>Wir wollen: Alle Menschen können die Seite gut benutzen.</p>
      <p>Zum Beispiel auch blinde Menschen.</p>
      <p>Das nennt man: barriere-frei.</p>
      <p>Manche Teile sind vielleicht noch nicht barriere-frei.</p>
      <p>Zum Beispiel manche Formulare.</p>
      <p>Das steht in der Erklärung zur Barriere-Freiheit:</p>
      <p>
        <a [routerLink]="links.accessibility">Erklärung zur Barrierefreiheit</a>
      </p>

      <h2>Sie haben ein Problem mit der Seite?</h2>
      <p>Dann schreiben Sie uns eine E-Mail.</p>
      <p>
        Die Adresse ist:
        <a href="mailto:barrierefreiheit@landkreis-lindenau.example"
          >barrierefreiheit&#64;landkreis-lindenau.example</a
        >
      </p>
      <p>Oder rufen Sie uns an.</p>
      <p>
        Die Telefon-Nummer ist:
        <a href="tel:+491234567100">01234 567-100</a>
      </p>
    </article>
  `,
  styleUrl: './text-page.scss',
})
export class EasyLanguagePage {
  protected readonly links = PUBLIC_LINKS;

  constructor() {
    inject(PageMetaService).set({
      title: 'Leichte Sprache',
      description:
        'Informationen zum Bürger-Service vom Land-Rats-Amt Lindenau in Leichter Sprache.',
      path: `/${PUBLIC_PATHS.easyLanguage}`,
    });
  }
}
