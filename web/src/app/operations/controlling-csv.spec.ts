import type { ControllingSummary } from '@auskunft/contracts';
import { controllingCsv } from './controlling-csv';

function aSummary(): ControllingSummary {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    contacts: {
      total: 2,
      byChannel: { phone: 2, counter: 0, email: 0, letter: 0 },
      byOutcome: { settled: 1, forwarded: 1, referred: 0 },
      perDay: [{ day: '2026-11-20', total: 2, settled: 1 }],
      perWeek: [{ week: '2026-W47', total: 2, settled: 1 }],
      bySachgebiet: [{ code: '32.1', total: 2, settled: 1 }],
    },
    firstContactResolution: {
      percent: 50,
      targetPercent: 65,
      meetsTarget: false,
    },
    forwardings: {
      total: 1,
      open: 1,
      overdue: 0,
      answeredInTime: 0,
      answeredLate: 0,
    },
    topLeistungen: [{ id: 'l1', title: 'Kfz; "Zulassung"', contacts: 2 }],
    missingTopics: [{ query: '=HYPERLINK("x")', reports: 1 }],
    flaggedLeistungen: [],
    searchQueries: {
      minSearches: 2,
      retentionDays: 90,
      top: [
        { query: 'sperrmüll', searches: 5, staff: 3, public: 2, zeroHits: 0 },
        {
          query: '-hundesteuer',
          searches: 2,
          staff: 2,
          public: 0,
          zeroHits: 2,
        },
      ],
      zeroHits: [
        {
          query: '-hundesteuer',
          searches: 2,
          staff: 2,
          public: 0,
          zeroHits: 2,
        },
      ],
    },
  };
}

describe(controllingCsv.name, () => {
  it('writes each table as a block of semicolon-separated rows', () => {
    const lines = controllingCsv(aSummary()).split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'Zeitraum;2026-11-01;2026-11-30',
      'Kontakte;2',
      'Erstkontaktquote (%);50;Ziel (%);65',
    ]);
    expect(lines).toContain('2026-11-20;2;1');
    expect(lines).toContain('Telefon;2');
    expect(lines).toContain('1;1;0;0;0');
  });

  it('quotes separators and defuses formulas', () => {
    const csv = controllingCsv(aSummary());
    expect(csv).toContain('"Kfz; ""Zulassung""";2');
    expect(csv).toContain(`"'=HYPERLINK(""x"")";1`);
  });

  it('lists the most frequent search queries and those without result, formulas defused', () => {
    const lines = controllingCsv(aSummary()).split('\r\n');
    const top = lines.indexOf(
      'Suchanfrage;Suchen;davon Auskunftsplatz;davon Bürgerinfo;ohne Treffer',
    );
    expect(lines.slice(top + 1, top + 3)).toEqual([
      'sperrmüll;5;3;2;0',
      "'-hundesteuer;2;2;0;2",
    ]);
    const zero = lines.indexOf(
      'Suchanfrage ohne Treffer;Suchen ohne Treffer;Suchen insgesamt',
    );
    expect(zero).toBeGreaterThan(top);
    expect(lines[zero + 1]).toBe("'-hundesteuer;2;2");
  });
});
