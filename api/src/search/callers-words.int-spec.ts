import type { SearchResponse } from '@auskunft/contracts';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * How callers phrase things, each case on a small catalogue where the engine's own
 * matching (typo tolerance, prefixes, its first ten words) does not find the answer:
 * what finds it is our normalization (stems, compound parts, synonyms, reducing a
 * sentence to its content words, other ways of dropping words).
 */
describe('Callers’ words: endings, compounds, abbreviations, sentences (integration)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  async function publish(
    key: string,
    title: string,
    shortText: string,
  ): Promise<void> {
    ids[key] = (
      await t.publish(
        aLeistung({
          title,
          shortText,
          fullText: '<p>Bitte vereinbaren Sie einen Termin.</p>',
          requiredDocuments: [],
        }),
      )
    ).id;
  }

  async function top(q: string, count: number): Promise<string[]> {
    const result = (
      await t.http.get('/api/v1/public/search').query({ q }).expect(200)
    ).body as SearchResponse;
    return result.hits
      .slice(0, count)
      .map((hit) => Object.keys(ids).find((key) => ids[key] === hit.id) ?? '');
  }

  async function first(
    q: string,
    path = '/api/v1/public/search',
  ): Promise<string | undefined> {
    const client = path === '/api/v1/search' ? await t.as('agent') : t.http;
    const result = (await client.get(path).query({ q }).expect(200))
      .body as SearchResponse;
    return Object.keys(ids).find((key) => ids[key] === result.hits[0]?.id);
  }

  beforeAll(async () => {
    t = await createTestApp();
    await publish(
      'abmeldung',
      'Abmeldung eines Fahrzeugs',
      'Außerbetriebsetzung bei der Zulassungsstelle.',
    );
    await publish(
      'gewerbe',
      'Gewerbe anmelden',
      'Beginn eines Gewerbebetriebs mitteilen.',
    );
    await publish(
      'hundeanmeldung',
      'Hundeanmeldung',
      'Steuerpflicht für Halterinnen und Halter eines Tieres.',
    );
    await publish(
      'sperrmuell',
      'Sperrmüll – Abholung',
      'Große Möbelstücke werden zum vereinbarten Termin abgeholt.',
    );
    await publish(
      'waffen',
      'Waffenbesitzkarte',
      'Erlaubnis zum Besitz von Schusswaffen.',
    );
    await publish(
      'ausweis',
      'Personalausweis – Verlust oder Diebstahl',
      'Einen abhanden gekommenen Ausweis melden und ersetzen.',
    );
    await publish(
      'tonneAnmelden',
      'Mülltonne anmelden',
      'Tonnen für neue Haushalte, auch kleinere Gefäße für Einzelpersonen.',
    );
    await publish(
      'tonneKaputt',
      'Mülltonne beschädigt',
      'Ersatz einer beschädigten Mülltonne.',
    );
    await publish(
      'tonneTauschen',
      'Mülltonne tauschen',
      'Eine größere oder kleinere Tonne bestellen.',
    );
    await publish(
      'steuerklasse',
      'Steuerklasse wechseln',
      'Nach der Heirat die Steuerklasse wechseln.',
    );
    await publish(
      'fuehrerscheinVerlust',
      'Führerschein – Verlust oder Diebstahl',
      'Ersatz, wenn der Führerschein verloren oder gestohlen wurde.',
    );
    await publish(
      'fuehrerscheinNeu',
      'Führerschein – Ersterteilung',
      'Die erste Fahrerlaubnis für Pkw und Motorrad.',
    );
    await publish(
      'fundbuero',
      'Fundbüro',
      'Etwas verloren oder gefunden? Fundsachen abgeben und abholen.',
    );
    await publish(
      'reiseimpfung',
      'Reiseimpfungen',
      'Impfberatung vor dem Urlaub in ferne Länder.',
    );
    ids['spielhalle'] = (
      await t.publish(
        aLeistung({
          title: 'Erlaubnis für Spielhallen',
          shortText: 'Erlaubnis für den Betrieb einer Spielhalle.',
          internalNotes:
            'Wer neben einer Spielhalle ein Haus bauen will: beim Amt die Abstandsregel prüfen.',
        }),
      )
    ).id;
    await publish(
      'wohngeldErstantrag',
      'Wohngeld – Mietzuschuss und Lastenzuschuss (Erstantrag)',
      'Ein Zuschuss zur Miete oder zu den Kosten für Wohneigentum.',
    );
    await publish(
      'wohngeldWeiter',
      'Wohngeld – Weiterleistungsantrag',
      'Wohngeld wird für zwölf Monate bewilligt; danach gibt es Wohngeld nur auf einen neuen Antrag.',
    );
    ids['stilllegung'] = (
      await t.publish(
        aLeistung({
          title: 'Fahrzeug außer Betrieb setzen',
          shortText: 'Ein Fahrzeug vorübergehend stilllegen.',
          searchTerms: ['Außerbetriebsetzung'],
          requiredDocuments: [],
        }),
      )
    ).id;
    await publish(
      'wiederzulassung',
      'Fahrzeug wieder zulassen nach Außerbetriebsetzung',
      'Ein abgemeldetes Fahrzeug erneut in den Verkehr bringen.',
    );
    await publish(
      'ehegattennachzug',
      'Ehegattennachzug aus dem Ausland',
      'Visum für Ehepartner von Personen, die hier leben.',
    );
    await publish(
      'schulabschluss',
      'Schulabschluss nachholen',
      'Beratung zu Kursen für Erwachsene.',
    );
    await publish(
      'bauantrag',
      'Baugenehmigung beantragen',
      'Wer ein Haus bauen oder umbauen will, braucht eine Baugenehmigung.',
    );
    await publish(
      'reisepass',
      'Reisepass beantragen',
      'Einen neuen Reisepass ausstellen lassen.',
    );
    await publish(
      'passfoto',
      'Biometrisches Passfoto',
      'Anforderungen an das Foto für Reisepass und Ausweis.',
    );
    await publish(
      'notfallhilfe',
      'Notfallhilfe für Reisende',
      'Ist das Visum abgelaufen, hilft die Ausländerbehörde noch am selben Tag.',
    );
    await t.indexed();
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds a noun-titled Leistung by a verb, also one split in the sentence ("melde … ab")', async () => {
    // "abmelde" and "Abmeldung" are three edits apart, beyond typo tolerance;
    // both have the stem "abmeld".
    expect(await first('wie melde ich mein Fahrzeug ab')).toBe('abmeldung');
    expect(await first('abgemeldet')).toBe('abmeldung');
  });

  it('finds compounds in the text by their parts, and parts of a compound query', async () => {
    expect(await first('Hund anmelden')).toBe('hundeanmeldung');
    expect(await first('Sperrmülltermin')).toBe('sperrmuell');
  });

  it('finds abbreviations and short forms through the synonym vocabulary', async () => {
    expect(await first('WBK')).toBe('waffen');
    expect(await first('Perso verloren')).toBe('ausweis');
  });

  it('reduces a long sentence to its content words (the engine reads only ten words)', async () => {
    expect(
      await first(
        'Guten Tag, ich wollte mal fragen, ich habe nämlich gestern irgendwo meinen Ausweis verloren, was muss ich jetzt tun?',
      ),
    ).toBe('ausweis');
  });

  it('keeps the words a caller names first when the rarest word is a weak one', async () => {
    // By frequency the engine would keep only "wechseln" (one Leistung) and answer
    // "Steuerklasse wechseln"; dropped from the end, "kleinere Mülltonne" remains.
    expect(await first('auf eine kleinere Mülltonne wechseln')).toBe(
      'tonneTauschen',
    );
  });

  it('keeps the thing two words name when the other word stands only in another Leistung', async () => {
    // No Leistung has both words. By frequency the engine keeps the rarer one,
    // "abgelaufen" (one Leistung), and the Reisepass is not among the results at all;
    // dropping words from the end and scoring word by word bring it back.
    expect(await top('Reisepass abgelaufen', 3)).toContain('reisepass');
  });

  it('takes "meine Frau" as the wife, not as filler', async () => {
    // The vocabulary lets "Frau nachholen" find the Ehegattennachzug; with "Frau" a
    // stop word, only "nachholen" was left, which the other title holds.
    expect(await first('meine Frau aus der Türkei nachholen')).toBe(
      'ehegattennachzug',
    );
  });

  it('searches internal notes for an agent’s keywords, but not for a caller’s sentence', async () => {
    expect(await first('Abstandsregel', '/api/v1/search')).toBe('spielhalle');
    // The note has every word of the sentence; the Leistung it is about has two.
    expect(
      await first(
        'wir wollen ein Haus bauen was brauchen wir vom Amt',
        '/api/v1/search',
      ),
    ).toBe('bauantrag');
  });

  it('answers the base service, not a variant (loss, follow-up application, renewed registration) the caller did not ask for', async () => {
    // Misspelt, both titles match with a typo, and the one more of whose title the
    // query names would win: "Wohngeld – Weiterleistungsantrag". variant-words.de.txt
    // marks it a variant of the first application.
    expect(await first('Wohngelt')).toBe('wohngeldErstantrag');
    expect(await first('Wohngeld Weiterleistungsantrag')).toBe(
      'wohngeldWeiter',
    );
    expect(await first('Führerschein')).toBe('fuehrerscheinNeu');
    expect(await first('Führerschein verloren')).toBe('fuehrerscheinVerlust');
    // The title that names the misspelt word is a renewed registration ("wieder").
    expect(await first('Außerbetribsetzung')).toBe('stilllegung');
    // Asked for when the query names it (also as a compound's part: unit test).
    expect(await first('Wiederzulassung')).toBe('wiederzulassung');
  });

  it('finds the Leistung that holds most of a sentence’s words when none holds them all', async () => {
    // No Leistung has "Urlaub", "Führerschein" and "verloren". Both of the engine's
    // ways of dropping words keep "Urlaub" (the rarest word, and the first) and
    // answer "Reiseimpfungen"; scored word by word, two of three words win.
    expect(await first('im Urlaub habe ich meinen Führerschein verloren')).toBe(
      'fuehrerscheinVerlust',
    );
  });
});
