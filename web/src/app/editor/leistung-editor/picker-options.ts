import type { SessionUser } from '@auskunft/contracts';
import type { PickerOption } from '../form/assignment-fields';
import type { EditorCatalog } from './leistung-preview';

/**
 * Sachgebiete the user may assign: all for admins, their own for editors, and
 * always the current one, so an existing value stays readable.
 */
export function sachgebietOptions(
  catalog: EditorCatalog,
  user: SessionUser | null,
  current: string | null,
): PickerOption[] {
  return catalog.sachgebiete
    .filter(
      (sachgebiet) =>
        user?.role === 'admin' ||
        user?.sachgebiete.includes(sachgebiet.code) ||
        sachgebiet.code === current,
    )
    .map((sachgebiet) => ({
      value: sachgebiet.code,
      label: `${sachgebiet.code} ${sachgebiet.name}`,
    }));
}

/** Lebenslagen with their parent in front ("Familie › Geburt"), as the same name can appear twice. */
export function lebenslageOptions(catalog: EditorCatalog): PickerOption[] {
  const all = catalog.lebenslagen;
  return all.map((lebenslage) => {
    const parent = all.find((entry) => entry.slug === lebenslage.parentSlug);
    return {
      value: lebenslage.slug,
      label: parent ? `${parent.name} › ${lebenslage.name}` : lebenslage.name,
    };
  });
}

export function standortOptions(catalog: EditorCatalog): PickerOption[] {
  return catalog.standorte.map((standort) => ({
    value: standort.key,
    label: standort.name,
  }));
}
