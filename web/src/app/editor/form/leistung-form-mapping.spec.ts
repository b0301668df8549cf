import { aStaffLeistung } from '../../../testing/builders';
import { aContent } from '../../../testing/workflow-builders';
import { createLeistungForm } from './leistung-form';
import {
  contentForWrite,
  contentOfFormValue,
  contentOfLeistung,
  formValueOf,
  setFormContent,
} from './leistung-form-mapping';

describe('LeistungFormMapping', () => {
  it('gives back the same content after a round trip through the form', () => {
    const form = createLeistungForm();
    const content = aContent({
      prerequisites: ['Wohnsitz im Landkreis', 'Volljährig'],
      forms: [{ name: 'Antrag', url: 'https://landkreis.example/antrag.pdf' }],
      validFrom: '2026-01-01',
    });

    setFormContent(form, content, 'Notiz');

    expect(form.controls.fees.length).toBe(1);
    expect(form.controls.prerequisites.value).toBe(
      'Wohnsitz im Landkreis\nVolljährig',
    );
    expect(form.controls.changeNote.value).toBe('Notiz');
    expect(form.pristine).toBeTrue();
    expect(contentOfFormValue(form.getRawValue())).toEqual(content);
  });

  it('replaces list items instead of keeping old ones', () => {
    const form = createLeistungForm();
    setFormContent(form, aContent());
    setFormContent(form, aContent({ fees: [], requiredDocuments: [] }));

    expect(form.controls.fees.length).toBe(0);
    expect(form.controls.requiredDocuments.length).toBe(0);
  });

  it('trims texts, turns empty optional fields into null and drops empty lines', () => {
    const value = formValueOf(aContent());
    const content = contentOfFormValue({
      ...value,
      title: '  Wohngeld  ',
      plainTitle: '   ',
      leikaKey: '',
      internalNotes: ' ',
      validTo: '',
      prerequisites: 'Erste\n\n  Zweite  \n',
      fullText: '<p></p>',
      fees: [{ ...value.fees[0], currency: ' eur ', label: ' Umtausch ' }],
    });

    expect(content.title).toBe('Wohngeld');
    expect(content.plainTitle).toBeNull();
    expect(content.leikaKey).toBeNull();
    expect(content.internalNotes).toBeNull();
    expect(content.validTo).toBeNull();
    expect(content.prerequisites).toEqual(['Erste', 'Zweite']);
    expect(content.fullText).toBe('');
    expect(content.fees[0]).toEqual(
      jasmine.objectContaining({ label: 'Umtausch', currency: 'EUR' }),
    );
  });

  it('references catalog entries of the live Leistung by their keys', () => {
    const content = contentOfLeistung(aStaffLeistung());

    expect(content.sachgebiet).toBe('32.1');
    expect(content.lebenslagen).toEqual(['mobilitaet']);
    expect(content.standorte).toEqual(['hauptgebaeude']);
    expect(content.internalNotes).toBe(
      'Bei Eilfällen direkt an Frau Beispiel weiterleiten.',
    );
  });

  it('leaves an empty slug out of what it sends', () => {
    expect('slug' in contentForWrite(aContent({ slug: '' }))).toBeFalse();
    expect(contentForWrite(aContent({ slug: 'wohngeld' })).slug).toBe(
      'wohngeld',
    );
  });
});
