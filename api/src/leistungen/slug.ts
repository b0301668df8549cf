const GERMAN = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
} as const;

/** Readable, stable URL part: "Führerschein – Verlust" → "fuehrerschein-verlust". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .replace(
      /[äöüßÄÖÜ]/g,
      (character) => GERMAN[character as keyof typeof GERMAN],
    )
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, maxLength).replace(/-+$/, '');
  return cut || 'leistung';
}

/** The first of slug, slug-2, slug-3, … that is not taken. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) {
    return base;
  }
  for (let counter = 2; ; counter++) {
    const candidate = `${base}-${counter}`;
    if (!taken.has(candidate)) {
      return candidate;
    }
  }
}
