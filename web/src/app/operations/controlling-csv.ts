import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_CHANNELS,
  type ControllingSummary,
} from '@auskunft/contracts';

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rows(lines: (string | number | null)[][]): string[] {
  return lines.map((line) => line.map(cell).join(';'));
}

/** The summary as a semicolon-separated CSV (German Excel), one block per table. */
export function controllingCsv(summary: ControllingSummary): string {
  const lines = [
    ...rows([
      ['Zeitraum', summary.from, summary.to],
      ['Kontakte', summary.contacts.total],
      [
        'Erstkontaktquote (%)',
        summary.firstContactResolution.percent,
        'Ziel (%)',
        summary.firstContactResolution.targetPercent,
      ],
      [],
      ['Tag', 'Kontakte', 'Beim ersten Kontakt erledigt'],
      ...summary.contacts.perDay.map((day) => [
        day.day,
        day.total,
        day.settled,
      ]),
      [],
      ['Woche', 'Kontakte', 'Beim ersten Kontakt erledigt'],
      ...summary.contacts.perWeek.map((week) => [
        week.week,
        week.total,
        week.settled,
      ]),
      [],
      ['Kanal', 'Kontakte'],
      ...CONTACT_CHANNELS.map((channel) => [
        CONTACT_CHANNEL_LABELS[channel],
        summary.contacts.byChannel[channel],
      ]),
      [],
      ['Sachgebiet', 'Kontakte', 'Beim ersten Kontakt erledigt'],
      ...summary.contacts.bySachgebiet.map((row) => [
        row.code ?? 'ohne',
        row.total,
        row.settled,
      ]),
      [],
      ['Weiterleitungen', 'offen', 'überfällig', 'fristgerecht', 'verspätet'],
      [
        summary.forwardings.total,
        summary.forwardings.open,
        summary.forwardings.overdue,
        summary.forwardings.answeredInTime,
        summary.forwardings.answeredLate,
      ],
      [],
      ['Leistung', 'Kontakte'],
      ...summary.topLeistungen.map((row) => [row.title, row.contacts]),
      [],
      ['Fehlendes Thema', 'Meldungen'],
      ...summary.missingTopics.map((row) => [row.query, row.reports]),
      [],
      [
        'Suchanfrage',
        'Suchen',
        'davon Auskunftsplatz',
        'davon Bürgerinfo',
        'ohne Treffer',
      ],
      ...summary.searchQueries.top.map((row) => [
        row.query,
        row.searches,
        row.staff,
        row.public,
        row.zeroHits,
      ]),
      [],
      ['Suchanfrage ohne Treffer', 'Suchen ohne Treffer', 'Suchen insgesamt'],
      ...summary.searchQueries.zeroHits.map((row) => [
        row.query,
        row.zeroHits,
        row.searches,
      ]),
      [],
      ['Gemeldete Leistung', 'Rückmeldungen'],
      ...summary.flaggedLeistungen.map((row) => [row.title, row.reports]),
    ]),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
