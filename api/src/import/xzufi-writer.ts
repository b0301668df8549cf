import type {
  Fee,
  LeistungContent,
  Link,
  RequiredDocument,
} from '@auskunft/contracts';
import { XZUFI_NS, XZUFI_SOURCE } from './readers/xzufi';

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const element = (name: string, text: string, attributes = '') =>
  `<xzufi:${name}${attributes}>${escapeXml(text)}</xzufi:${name}>`;

/**
 * XZuFi has no module of its own for a Leichte-Sprache version; we carry it as a second
 * `inhalt` of the Kurztext with a private-use language subtag (BCP 47), which other
 * systems ignore and our reader maps back.
 */
export const LEICHTE_SPRACHE_LANGUAGE = 'de-DE-x-leichte';

/** Module text is plain text or, for 06/08/09, HTML; the XML layer escapes either. */
function textModule(
  code: string,
  html: string,
  links: Link[] = [],
  leichteSprache: string | null = null,
): string {
  if (!html && links.length === 0) {
    return '';
  }
  const easy = leichteSprache
    ? element(
        'inhalt',
        leichteSprache,
        ` languageCode="${LEICHTE_SPRACHE_LANGUAGE}"`,
      )
    : '';
  const linkXml = links
    .map(
      (link) =>
        `<xzufi:weiterfuehrenderLink>${element('uri', link.url)}${element('titel', link.name)}</xzufi:weiterfuehrenderLink>`,
    )
    .join('');
  return `<xzufi:modulText><xzufi:leikaTextmodul listURI="urn:de:fim:leika:textmodul"><xzufi:code>${code}</xzufi:code></xzufi:leikaTextmodul>${html ? element('inhalt', html, ' languageCode="de-DE"') : ''}${easy}${linkXml}</xzufi:modulText>`;
}

function documentsHtml(documents: RequiredDocument[]): string {
  if (documents.length === 0) {
    return '';
  }
  const items = documents.map((document) => {
    const lines = [escapeHtml(document.name)];
    if (document.note) {
      lines.push(`Hinweis: ${escapeHtml(document.note)}`);
    }
    if (document.condition === 'conditional') {
      lines.push('Nur in bestimmten Fällen');
    }
    if (document.originalRequired) {
      lines.push('Im Original vorzulegen');
    }
    return `<li>${lines.join('<br>')}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

const listHtml = (entries: string[]) =>
  entries.length
    ? `<ul>${entries.map((entry) => `<li>${escapeHtml(entry)}</li>`).join('')}</ul>`
    : '';

function fee(entry: Fee): string {
  const currency = ` waehrung="${escapeXml(entry.currency)}"`;
  return [
    '<xzufi:kosten>',
    entry.amountMin !== null
      ? element('betragUntergrenze', entry.amountMin.toFixed(2), currency)
      : '',
    entry.amountMax !== null
      ? element('betragObergrenze', entry.amountMax.toFixed(2), currency)
      : '',
    element('beschreibung', entry.label, ' languageCode="de-DE"'),
    entry.note ? element('hinweis', entry.note, ' languageCode="de-DE"') : '',
    '</xzufi:kosten>',
  ].join('');
}

export interface XzufiExportItem {
  id: string;
  source: string;
  content: LeistungContent;
  lebenslagenNames: Map<string, string>;
}

/** One <xzufi:leistung> with the text modules by LeiKa code and the structured modules (see docs/import-export.md). */
export function xzufiLeistung(item: XzufiExportItem): string {
  const { content } = item;
  const parts = [
    `<xzufi:leistung>`,
    element(
      'id',
      item.id,
      ` schemeAgencyID="${escapeXml(item.source || XZUFI_SOURCE)}"`,
    ),
    content.leikaKey
      ? `<xzufi:referenzLeiKa listURI="urn:de:fim:leika:leistung"><xzufi:code>${content.leikaKey}</xzufi:code></xzufi:referenzLeiKa>`
      : '',
    textModule('02', content.title),
    textModule('03', content.plainTitle ?? ''),
    textModule('05', content.shortText, [], content.leichteSprache ?? null),
    textModule('06', content.fullText),
    textModule('07', content.legalBasis),
    textModule('08', documentsHtml(content.requiredDocuments)),
    textModule('09', listHtml(content.prerequisites)),
    textModule('11', content.procedure),
    textModule('14', '', content.forms),
    textModule('15', '', content.furtherLinks),
    content.fees.length
      ? `<xzufi:modulKosten>${content.fees.map(fee).join('')}</xzufi:modulKosten>`
      : '',
    content.processingTime
      ? `<xzufi:modulBearbeitungsdauer>${element('beschreibung', content.processingTime, ' languageCode="de-DE"')}</xzufi:modulBearbeitungsdauer>`
      : '',
    content.deadlines
      ? `<xzufi:modulFrist>${element('beschreibung', content.deadlines, ' languageCode="de-DE"')}</xzufi:modulFrist>`
      : '',
    content.searchTerms.length
      ? `<xzufi:modulBegriffImKontext>${content.searchTerms.map((term) => `<xzufi:begriffImKontext>${element('begriff', term, ' languageCode="de-DE"')}</xzufi:begriffImKontext>`).join('')}</xzufi:modulBegriffImKontext>`
      : '',
    ...content.lebenslagen.map(
      (slug) =>
        `<xzufi:kategorie><xzufi:klasse><xzufi:code>${escapeXml(slug)}</xzufi:code></xzufi:klasse>${element('bezeichnung', item.lebenslagenNames.get(slug) ?? slug, ' languageCode="de-DE"')}</xzufi:kategorie>`,
    ),
    ...content.onlineServices.map(
      (dienst) =>
        `<xzufi:onlinedienst>${element('bezeichnung', dienst.name, ' languageCode="de-DE"')}${element('link', dienst.url)}</xzufi:onlinedienst>`,
    ),
    content.sachgebiet || content.standorte.length
      ? `<xzufi:zustaendigkeit>${content.sachgebiet ? element('organisationseinheitID', content.sachgebiet) : ''}${content.standorte.map((key) => element('standortID', key)).join('')}</xzufi:zustaendigkeit>`
      : '',
    content.validFrom || content.validTo
      ? `<xzufi:gueltigkeit>${content.validFrom ? element('beginn', content.validFrom) : ''}${content.validTo ? element('ende', content.validTo) : ''}</xzufi:gueltigkeit>`
      : '',
    `</xzufi:leistung>`,
  ];
  return parts.filter(Boolean).join('\n');
}

export const XZUFI_HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n<xzufi:leistungen xmlns:xzufi="${XZUFI_NS}">\n`;
export const XZUFI_TAIL = `\n</xzufi:leistungen>\n`;
