import type { LeistungContent, Link } from '@auskunft/contracts';

const HTTP_URL = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

/**
 * Repairs what can be repaired in an imported record and says so: an invalid
 * LeiKa key is dropped (or the first of several valid ones kept), links that
 * are not http(s) are dropped, unsafe HTML is flagged (the sanitizer removes
 * it), unknown Standorte are left out. What cannot be repaired (no name, no
 * text at all) is left for validation to reject.
 */
export interface KnownKeys {
  standorte: Set<string>;
  lebenslagen: Set<string>;
  sachgebiete: Set<string>;
}

export function cleanImportedContent(
  content: Partial<LeistungContent>,
  known: KnownKeys,
): { content: Partial<LeistungContent>; warnings: string[] } {
  const warnings: string[] = [];
  const cleaned: Partial<LeistungContent> = {
    ...content,
    title: content.title?.trim().slice(0, 300),
  };
  const leika = content.leikaKey?.trim();
  if (leika && !/^\d{14}$/.test(leika)) {
    const first = /\b\d{14}\b/.exec(leika)?.[0] ?? null;
    cleaned.leikaKey = first;
    warnings.push(
      first
        ? `mehrere LeiKa-Schlüssel ("${leika}"): ${first} übernommen`
        : `LeiKa-Schlüssel "${leika}" ist nicht 14-stellig und wurde entfernt`,
    );
  }
  for (const field of ['forms', 'onlineServices', 'furtherLinks'] as const) {
    const links = (content[field] ?? []) as Link[];
    const valid = links
      .filter((link) => HTTP_URL.test(link.url))
      .map((link) => ({ name: link.name.slice(0, 300), url: link.url }));
    if (valid.length < links.length) {
      warnings.push(
        `${links.length - valid.length} Link(s) in ${field} ohne gültige http(s)-Adresse entfernt`,
      );
    }
    cleaned[field] = valid;
  }
  if (/<script|\son\w+\s*=|javascript:/i.test(content.fullText ?? '')) {
    warnings.push('unerlaubtes HTML (Skripte, Ereignis-Attribute) entfernt');
  }
  if (!content.shortText?.trim() && content.title?.trim()) {
    cleaned.shortText = content.title.trim();
    warnings.push('kein Beschreibungstext: Kurztext = Leistungsbezeichnung');
  }
  cleaned.searchTerms = [
    ...new Set((content.searchTerms ?? []).map((term) => term.slice(0, 200))),
  ].slice(0, 200);
  cleaned.requiredDocuments = (content.requiredDocuments ?? []).map(
    (document) => ({
      ...document,
      name: document.name.slice(0, 500),
      note: document.note.slice(0, 2000),
    }),
  );
  cleaned.prerequisites = (content.prerequisites ?? [])
    .map((entry) => entry.slice(0, 2000))
    .slice(0, 100);
  const standorte = content.standorte ?? [];
  cleaned.standorte = standorte.filter((key) => known.standorte.has(key));
  if (cleaned.standorte.length < standorte.length) {
    warnings.push(
      `${standorte.length - cleaned.standorte.length} unbekannte(r) Standort(e) nicht zugeordnet`,
    );
  }
  const lebenslagen = content.lebenslagen ?? [];
  cleaned.lebenslagen = lebenslagen.filter((slug) =>
    known.lebenslagen.has(slug),
  );
  if (cleaned.lebenslagen.length < lebenslagen.length) {
    warnings.push(
      `unbekannte Lebenslage(n) nicht zugeordnet: ${lebenslagen.filter((slug) => !known.lebenslagen.has(slug)).join(', ')}`,
    );
  }
  if (content.sachgebiet && !known.sachgebiete.has(content.sachgebiet)) {
    cleaned.sachgebiet = null;
    warnings.push(
      `unbekanntes Sachgebiet "${content.sachgebiet}" nicht zugeordnet`,
    );
  }
  return { content: cleaned, warnings };
}
