/**
 * The API words its field messages for developers (English, with the field's name);
 * staff read them in German, next to the field they belong to. Messages without a
 * translation here are shown as the API wrote them.
 */
const GERMAN_MESSAGES: [RegExp, (match: RegExpMatchArray) => string][] = [
  [
    /should not be empty|must not be null/i,
    () => 'Dieses Feld darf nicht leer sein.',
  ],
  [/14 digits/i, () => 'Der LeiKa-Schlüssel besteht aus genau 14 Ziffern.'],
  [
    /http\(s\) URL|must be a URL/i,
    () => 'Die Adresse muss mit http:// oder https:// beginnen.',
  ],
  [/must not be less than 0$/i, () => 'Der Betrag darf nicht negativ sein.'],
  [
    /before validFrom/i,
    () => '„Gültig bis“ darf nicht vor „Gültig ab“ liegen.',
  ],
  [
    /slug may only contain/i,
    () => 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche.',
  ],
  [
    /shorter than or equal to (\d+)/i,
    (match) => `Höchstens ${match[1]} Zeichen.`,
  ],
  [
    /longer than or equal to (\d+)/i,
    (match) => `Mindestens ${match[1]} Zeichen.`,
  ],
  [
    /ISO 4217/i,
    () =>
      'Bitte einen Währungscode aus drei Großbuchstaben angeben, z. B. EUR.',
  ],
  [/must be a date/i, () => 'Bitte ein gültiges Datum angeben.'],
  [/HH:mm/, () => 'Bitte eine Uhrzeit im Format HH:MM angeben.'],
  [/time ranges overlap/i, () => 'Die Zeitspannen überschneiden sich.'],
  [
    /(\d\d:\d\d) must be before (\d\d:\d\d)/,
    (match) => `${match[1]} muss vor ${match[2]} liegen.`,
  ],
  [/must be 5 digits/i, () => 'Die Postleitzahl hat fünf Ziffern.'],
  [/must be like 32\.1/i, () => 'Bitte einen Code wie 32.1 angeben.'],
  [
    /cannot be its own parent/i,
    () => 'Eine Lebenslage kann nicht ihre eigene Oberkategorie sein.',
  ],
  [/unknown Sachgebiet/i, () => 'Dieses Sachgebiet gibt es nicht (mehr).'],
  [/unknown Standort/i, () => 'Diesen Standort gibt es nicht (mehr).'],
  [/unknown Lebenslage/i, () => 'Diese Lebenslage gibt es nicht (mehr).'],
  [/^unknown:\s*(.*)$/i, (match) => `Unbekannter Eintrag: ${match[1]}`],
  [/must be an email/i, () => 'Bitte eine gültige E-Mail-Adresse angeben.'],
  [
    /must be one of the following values/i,
    () => 'Bitte einen der angebotenen Werte wählen.',
  ],
  [
    /must be an integer number|must be a number/i,
    () => 'Bitte eine Zahl angeben.',
  ],
  [/must not be less than (\S+)$/i, (match) => `Mindestens ${match[1]}.`],
  [/must not be greater than (\S+)$/i, (match) => `Höchstens ${match[1]}.`],
  [
    /must contain no more than (\d+) elements/i,
    (match) => `Höchstens ${match[1]} Einträge.`,
  ],
  [/should not exist/i, () => 'Dieses Feld ist hier nicht vorgesehen.'],
];

export function germanServerMessage(message: string): string {
  for (const [pattern, translate] of GERMAN_MESSAGES) {
    const match = message.match(pattern);
    if (match) {
      return translate(match);
    }
  }
  return message;
}
