import { procedureSteps } from './procedure-steps';

describe(procedureSteps.name, () => {
  it('makes one step per line', () => {
    expect(procedureSteps('Antrag stellen\nGebühr zahlen\nAbholen')).toEqual([
      'Antrag stellen',
      'Gebühr zahlen',
      'Abholen',
    ]);
  });

  it('accepts Windows line endings and skips blank lines', () => {
    expect(procedureSteps('Antrag stellen\r\n\r\n  \r\nAbholen\r\n')).toEqual([
      'Antrag stellen',
      'Abholen',
    ]);
  });

  it('drops the editor’s own numbering and bullets, the ordered list numbers the steps', () => {
    expect(
      procedureSteps('1. Antrag\n2) Prüfung\n- Bescheid\n• Abholen'),
    ).toEqual(['Antrag', 'Prüfung', 'Bescheid', 'Abholen']);
  });

  it('keeps numbers that belong to the text', () => {
    expect(procedureSteps('14 Tage warten')).toEqual(['14 Tage warten']);
  });

  it('returns no steps for empty or missing text', () => {
    expect(procedureSteps('')).toEqual([]);
    expect(procedureSteps(null)).toEqual([]);
    expect(procedureSteps(' \n ')).toEqual([]);
  });
});
