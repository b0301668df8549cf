import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import type {
  Fee,
  LeistungContent,
  Link,
  RequiredDocument,
} from '@auskunft/contracts';
import { htmlToPlainText } from '../../common/html-sanitizer';
import type { ImportItem } from '../import-types';
import { LEICHTE_SPRACHE_LANGUAGE } from '../xzufi-writer';

export const XZUFI_NS = 'http://xoev.de/schemata/xzufi/2_2_0';
export const XZUFI_SOURCE = 'xzufi';

/** A parsed element: local name, attributes, text and children (namespace-checked on the way in). */
interface Node {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

const child = (node: Node | undefined, name: string) =>
  node?.children.find((entry) => entry.name === name);
const children = (node: Node | undefined, name: string) =>
  node?.children.filter((entry) => entry.name === name) ?? [];
const textOf = (node: Node | undefined) => node?.text.trim() ?? '';

/** Text modules by LeiKa code (DOMAIN.md). */
const MODULE = {
  title: '02',
  plainTitle: '03',
  shortText: '05',
  fullText: '06',
  legalBasis: '07',
  documents: '08',
  prerequisites: '09',
  procedure: '11',
  forms: '14',
  furtherLinks: '15',
} as const;

function listItems(html: string): string[] {
  const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/gi)].map(
    (match) => match[1] ?? '',
  );
  return items.length > 0 ? items : html ? [html] : [];
}

function parseDocument(item: string): RequiredDocument {
  const [head = '', ...lines] = item.split(/<br\s*\/?>/i);
  const note =
    lines
      .map((line) => htmlToPlainText(line))
      .find((line) => line.startsWith('Hinweis: '))
      ?.slice('Hinweis: '.length) ?? '';
  const flags = lines.map((line) => htmlToPlainText(line));
  return {
    name: htmlToPlainText(head),
    note,
    condition: flags.includes('Nur in bestimmten Fällen')
      ? 'conditional'
      : 'always',
    originalRequired: flags.includes('Im Original vorzulegen'),
  };
}

function parseLinks(module: Node | undefined): Link[] {
  return children(module, 'weiterfuehrenderLink')
    .map((link) => ({
      name: textOf(child(link, 'titel')),
      url: textOf(child(link, 'uri')),
    }))
    .filter((link) => link.url);
}

function amount(node: Node | undefined): number | null {
  const value = textOf(node);
  return value === '' ? null : Number(value);
}

/** Maps one <xzufi:leistung> to an import item. */
export function mapXzufiLeistung(leistung: Node): ImportItem {
  const idNode = child(leistung, 'id');
  const id = textOf(idNode);
  const modules = new Map(
    children(leistung, 'modulText').map((module) => [
      textOf(child(child(module, 'leikaTextmodul'), 'code')),
      module,
    ]),
  );
  const contents = (code: string) => children(modules.get(code), 'inhalt');
  const text = (code: string) =>
    textOf(
      contents(code).find(
        (node) => node.attributes['languageCode'] !== LEICHTE_SPRACHE_LANGUAGE,
      ),
    );
  const leichteSprache = textOf(
    contents(MODULE.shortText).find(
      (node) => node.attributes['languageCode'] === LEICHTE_SPRACHE_LANGUAGE,
    ),
  );
  const title = text(MODULE.title);
  if (!id) {
    return {
      kind: 'invalid',
      label: title || '(ohne id)',
      reason: 'xzufi:id fehlt',
    };
  }
  const fees: Fee[] = children(child(leistung, 'modulKosten'), 'kosten').map(
    (kosten) => ({
      label: textOf(child(kosten, 'beschreibung')) || 'Gebühr',
      amountMin: amount(child(kosten, 'betragUntergrenze')),
      amountMax: amount(child(kosten, 'betragObergrenze')),
      currency:
        (
          child(kosten, 'betragUntergrenze') ??
          child(kosten, 'betragObergrenze')
        )?.attributes['waehrung'] ?? 'EUR',
      note: textOf(child(kosten, 'hinweis')),
    }),
  );
  const validity = child(leistung, 'gueltigkeit');
  const content: Partial<LeistungContent> = {
    title,
    plainTitle: text(MODULE.plainTitle) || null,
    leikaKey: textOf(child(child(leistung, 'referenzLeiKa'), 'code')) || null,
    shortText: text(MODULE.shortText),
    leichteSprache: leichteSprache || null,
    fullText: text(MODULE.fullText),
    legalBasis: text(MODULE.legalBasis),
    requiredDocuments: listItems(text(MODULE.documents))
      .map(parseDocument)
      .filter((document) => document.name),
    prerequisites: listItems(text(MODULE.prerequisites))
      .map((item) => htmlToPlainText(item))
      .filter(Boolean),
    procedure: text(MODULE.procedure),
    forms: parseLinks(modules.get(MODULE.forms)),
    furtherLinks: parseLinks(modules.get(MODULE.furtherLinks)),
    fees,
    processingTime: textOf(
      child(child(leistung, 'modulBearbeitungsdauer'), 'beschreibung'),
    ),
    deadlines: textOf(child(child(leistung, 'modulFrist'), 'beschreibung')),
    searchTerms: children(
      child(leistung, 'modulBegriffImKontext'),
      'begriffImKontext',
    )
      .map((entry) => textOf(child(entry, 'begriff')))
      .filter(Boolean),
    lebenslagen: children(leistung, 'kategorie')
      .map((kategorie) => textOf(child(child(kategorie, 'klasse'), 'code')))
      .filter(Boolean),
    onlineServices: children(leistung, 'onlinedienst')
      .map((dienst) => ({
        name: textOf(child(dienst, 'bezeichnung')),
        url: textOf(child(dienst, 'link')),
      }))
      .filter((link) => link.url),
    sachgebiet:
      textOf(
        child(child(leistung, 'zustaendigkeit'), 'organisationseinheitID'),
      ) || null,
    standorte: children(child(leistung, 'zustaendigkeit'), 'standortID')
      .map(textOf)
      .filter(Boolean),
    validFrom: textOf(child(validity, 'beginn')) || null,
    validTo: textOf(child(validity, 'ende')) || null,
  };
  return {
    kind: 'leistung',
    leistung: {
      externalRef: {
        source: idNode?.attributes['schemeAgencyID'] || XZUFI_SOURCE,
        id,
      },
      label: title || id,
      content,
    },
  };
}

/**
 * Streams a file of XZuFi 2.2 Leistungen: each <xzufi:leistung> (in the XZuFi
 * namespace, under any container element) is collected and mapped on its own,
 * so memory stays flat however large the file is.
 */
export async function* readXzufi(path: string): AsyncGenerator<ImportItem> {
  const parser = new SaxesParser({ xmlns: true });
  const ready: ImportItem[] = [];
  const stack: Node[] = [];
  let failure: Error | undefined;
  parser.on('opentag', (tag) => {
    const node: Node = {
      name: tag.local,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).map((attribute) => [
          attribute.local,
          attribute.value,
        ]),
      ),
      text: '',
      children: [],
    };
    if (
      stack.length > 0 ||
      (tag.local === 'leistung' && tag.uri === XZUFI_NS)
    ) {
      stack.at(-1)?.children.push(node);
      stack.push(node);
    }
  });
  parser.on('text', (value) => {
    const current = stack.at(-1);
    if (current) {
      current.text += value;
    }
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node && stack.length === 0) {
      ready.push(mapXzufiLeistung(node));
    }
  });
  parser.on('error', (error) => {
    failure = error;
  });
  for await (const chunk of createReadStream(path, {
    encoding: 'utf8',
    highWaterMark: 64 * 1024,
  })) {
    parser.write(chunk as string);
    if (failure) {
      throw failure;
    }
    yield* ready.splice(0);
  }
  parser.close();
  if (failure) {
    throw failure;
  }
  yield* ready.splice(0);
}
