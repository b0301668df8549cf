import type { LeistungContent } from '@auskunft/contracts';

let counter = 0;

export type LeistungBody = Partial<LeistungContent> &
  Pick<LeistungContent, 'title' | 'shortText'>;

/** A valid new Leistung body; override what the test is about. */
export function aLeistung(
  overrides: Partial<LeistungContent> = {},
): LeistungBody {
  counter++;
  return {
    title: `Testleistung ${counter}`,
    shortText: 'Kurze Antwort für den Test.',
    fullText: '<p>Volltext</p>',
    requiredDocuments: [
      {
        name: 'Personalausweis',
        note: '',
        condition: 'always',
        originalRequired: true,
      },
    ],
    fees: [
      {
        label: 'Gebühr',
        amountMin: 10,
        amountMax: 10,
        currency: 'EUR',
        note: '',
      },
    ],
    searchTerms: [],
    ...overrides,
  };
}
