import { aSessionUser } from '../../../testing/builders';
import { aCatalog } from '../../../testing/workflow-builders';
import { lebenslageOptions, sachgebietOptions } from './picker-options';

describe(sachgebietOptions.name, () => {
  const catalog = aCatalog();

  it('offers editors only their own Sachgebiete', () => {
    const editor = aSessionUser({ role: 'editor', sachgebiete: ['40.2'] });

    expect(sachgebietOptions(catalog, editor, null)).toEqual([
      { value: '40.2', label: '40.2 Wohngeldstelle' },
    ]);
  });

  it('keeps the current Sachgebiet readable even if it is not theirs', () => {
    const editor = aSessionUser({ role: 'editor', sachgebiete: ['40.2'] });

    expect(
      sachgebietOptions(catalog, editor, '32.1').map((option) => option.value),
    ).toEqual(['32.1', '40.2']);
  });

  it('offers admins every Sachgebiet', () => {
    const admin = aSessionUser({ role: 'admin' });

    expect(sachgebietOptions(catalog, admin, null).length).toBe(2);
  });
});

describe(lebenslageOptions.name, () => {
  it('names a Lebenslage with its parent', () => {
    const catalog = aCatalog();
    catalog.lebenslagen.push({
      id: 'lebenslage-2',
      slug: 'fuehrerschein',
      name: 'Führerschein',
      parentSlug: 'mobilitaet',
      description: '',
    });

    expect(lebenslageOptions(catalog).map((option) => option.label)).toEqual([
      'Mobilität',
      'Mobilität › Führerschein',
    ]);
  });
});
