import { type ComponentFixture, TestBed } from '@angular/core/testing';
import {
  aBareLeistung,
  aLeistung,
  aSachgebiet,
  aStaffLeistung,
  closedWeek,
} from '../../../testing/builders';
import { hostOf, queryAll, textsOf } from '../../../testing/dom';
import { CLOCK } from '../../core/clock';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { LeistungDetail, type LeistungView } from './leistung-detail';

const NBSP = '\u00a0';

describe(LeistungDetail.name, () => {
  let fixture: ComponentFixture<LeistungDetail>;
  let host: HTMLElement;

  async function render(view: LeistungView): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LeistungDetail],
      providers: [
        provideGermanLocale(),
        { provide: CLOCK, useValue: () => new Date(2026, 10, 21) },
      ],
    });
    fixture = TestBed.createComponent(LeistungDetail);
    fixture.componentRef.setInput('view', view);
    await fixture.whenStable();
    host = hostOf(fixture);
  }

  function section(headingText: string): HTMLElement {
    const heading = queryAll(host, 'h2').find(
      (h2) => h2.textContent?.trim() === headingText,
    );
    const found = heading?.closest('section');
    if (!found) {
      throw new Error(`Section "${headingText}" not rendered`);
    }
    return found;
  }

  it('shows every public section in reading order under one h1', async () => {
    await render({ audience: 'public', leistung: aLeistung() });

    expect(textsOf(host, 'h1')).toEqual(['Führerschein umtauschen']);
    expect(textsOf(host, 'h2')).toEqual([
      'Kurzantwort',
      'Erforderliche Unterlagen',
      'Gebühren',
      'Zuständige Stelle',
      'Standorte',
      'Online-Dienste',
      'Formulare',
      'Voraussetzungen',
      'Verfahrensablauf',
      'Bearbeitungsdauer',
      'Fristen',
      'Rechtsgrundlagen',
      'Weiterführende Links',
      'Volltext',
    ]);
  });

  it('omits sections without content', async () => {
    await render({
      audience: 'public',
      leistung: aBareLeistung({ processingTime: '  ' }),
    });

    expect(textsOf(host, 'h2')).toEqual(['Kurzantwort']);
    expect(host.querySelector('ul, ol, dl, table')).toBeNull();
  });

  it('never shows internal notes in the public variant', async () => {
    // Even staff data handed to the public variant must not leak the internal block.
    await render({ audience: 'public', leistung: aStaffLeistung() });

    expect(host.textContent).not.toContain('Interne Hinweise');
    expect(host.textContent).not.toContain('Frau Beispiel');
  });

  it('shows internal notes, contact and review data in the staff variant, set apart first', async () => {
    await render({
      audience: 'staff',
      leistung: aStaffLeistung({ lastReviewedAt: '2026-03-01T09:00:00Z' }),
    });

    expect(textsOf(host, 'h2')[0]).toBe(
      'Interne Hinweise (nur für Mitarbeitende)',
    );
    const internal = host.querySelector<HTMLElement>('.internal');
    expect(internal?.textContent).toContain(
      'Bei Eilfällen direkt an Frau Beispiel weiterleiten.',
    );
    expect(internal?.textContent).toContain('Veröffentlicht');
    expect(internal?.textContent).toContain('geprüft am 1. März 2026');
    expect(
      internal?.querySelector('a[href="tel:012345674711"]')?.textContent,
    ).toBe('01234 567-4711');
    expect(
      internal?.querySelector(
        'a[href="mailto:weiterleitung-fs@landkreis.example"]',
      ),
    ).not.toBeNull();
  });

  it('warns agents when the review date has passed', async () => {
    await render({
      audience: 'staff',
      leistung: aStaffLeistung({ reviewDue: '2026-11-20' }),
    });

    expect(host.querySelector('.warning')?.textContent).toContain(
      'Prüfung überfällig',
    );
  });

  it('does not warn while the review is not yet due', async () => {
    await render({
      audience: 'staff',
      leistung: aStaffLeistung({ reviewDue: '2026-11-21' }),
    });

    expect(host.querySelector('.warning')).toBeNull();
  });

  it('marks documents needed in the original and those needed only sometimes', async () => {
    await render({ audience: 'public', leistung: aLeistung() });

    // textContent includes the hidden separators that keep screen readers from running words together.
    const items = queryAll(section('Erforderliche Unterlagen'), 'li').map(
      (li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      'Personalausweis, im Original',
      'Karteikartenabschrift, nur in bestimmten Fällen: bei fremder Ausstellungsbehörde',
    ]);
  });

  it('formats fees in euros, ranges with a dash, and explains missing amounts', async () => {
    await render({
      audience: 'public',
      leistung: aLeistung({
        fees: [
          {
            label: 'Reisepass',
            amountMin: 39,
            amountMax: 45,
            currency: 'EUR',
            note: '',
          },
          {
            label: 'Auslagen',
            amountMin: null,
            amountMax: null,
            currency: 'EUR',
            note: 'nach Aufwand',
          },
          {
            label: 'Beglaubigung',
            amountMin: null,
            amountMax: null,
            currency: 'EUR',
            note: '',
          },
        ],
      }),
    });

    expect(textsOf(section('Gebühren'), 'dd')).toEqual([
      `39,00${NBSP}€ – 45,00${NBSP}€`,
      'nach Aufwand',
      'Die Höhe der Gebühr erfahren Sie bei der zuständigen Stelle.',
    ]);
  });

  it('links the responsible office by phone and e-mail and shows room, address and hours', async () => {
    await render({ audience: 'public', leistung: aLeistung() });

    const stelle = section('Zuständige Stelle');
    expect(stelle.querySelector('a[href="tel:01234567321"]')?.textContent).toBe(
      '01234 567-321',
    );
    expect(
      stelle.querySelector('a[href="mailto:fuehrerschein@landkreis.example"]'),
    ).not.toBeNull();
    expect(stelle.textContent).toContain('E.12');
    expect(stelle.querySelector('address')?.textContent).toContain(
      'Schlossplatz 1',
    );
    expect(textsOf(stelle, 'tr')).toContain(
      'Dienstag 08:00 – 12:00 Uhr, 14:00 – 18:00 Uhr',
    );
  });

  it('falls back to the Standort’s hours when the Sachgebiet has none', async () => {
    await render({
      audience: 'public',
      leistung: aLeistung({
        sachgebiet: aSachgebiet({ openingHours: closedWeek() }),
      }),
    });

    expect(textsOf(section('Zuständige Stelle'), 'caption')).toEqual([
      'Öffnungszeiten Landratsamt Hauptgebäude',
    ]);
  });

  it('turns the procedure text into numbered steps', async () => {
    await render({ audience: 'public', leistung: aLeistung() });

    expect(textsOf(section('Verfahrensablauf'), 'ol > li')).toEqual([
      'Antrag stellen',
      'Gebühr bezahlen',
      'Führerschein abholen',
    ]);
  });

  it('renders the full text as HTML, without scripts or event handlers', async () => {
    await render({
      audience: 'public',
      leistung: aLeistung({
        fullText:
          '<p>Der Umtausch ist <strong>Pflicht</strong>.</p><script>alert(1)</script><img alt="" onerror="alert(1)">',
      }),
    });

    const fullText = section('Volltext');
    expect(fullText.querySelector('strong')?.textContent).toBe('Pflicht');
    expect(fullText.querySelector('script')).toBeNull();
    expect(fullText.querySelector('[onerror]')).toBeNull();
  });

  it('dates "Stand" by the later of last edit and last review', async () => {
    await render({
      audience: 'public',
      leistung: aLeistung({
        updatedAt: '2026-02-10T09:00:00Z',
        lastReviewedAt: '2026-03-01T09:00:00Z',
      }),
    });

    expect(textsOf(host, '.stand')).toEqual(['Stand: 1. März 2026']);
  });
});
