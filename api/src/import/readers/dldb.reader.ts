import { createReadStream } from 'node:fs';
import { chain } from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/Pick';
import { streamArray } from 'stream-json/streamers/StreamArray';
import type { Fee, Link, RequiredDocument } from '@auskunft/contracts';
import { htmlToPlainText } from '../../common/html-sanitizer';
import {
  EMPTY_WEEK,
  type ImportedStandort,
  type ImportItem,
} from '../import-types';

export const DLDB_SOURCE = 'dldb';

type Json = Record<string, unknown>;

/** Streams the elements of the `data` array (or of a top-level array) without loading the whole file. */
export async function* streamJsonArray(
  path: string,
  field = 'data',
): AsyncGenerator<unknown> {
  const head = await new Promise<string>((resolve, reject) => {
    const stream = createReadStream(path, {
      start: 0,
      end: 64,
      encoding: 'utf8',
    });
    let text = '';
    stream.on('data', (chunk) => (text += chunk));
    stream.on('end', () => resolve(text));
    stream.on('error', reject);
  });
  const topLevelArray = head.trimStart().startsWith('[');
  const pipeline = chain([
    createReadStream(path),
    parser(),
    ...(topLevelArray ? [] : [pick({ filter: field })]),
    streamArray(),
  ]);
  for await (const entry of pipeline as AsyncIterable<{
    key: number;
    value: unknown;
  }>) {
    yield entry.value;
  }
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : '';

function links(value: unknown): Link[] {
  return (Array.isArray(value) ? value : [])
    .map((entry: Json) => ({
      name: text(entry['name']),
      url: text(entry['link'] ?? entry['url']),
    }))
    .filter((link) => link.name && link.url);
}

/** The Kurztext: the first sentences of the description, at most about 300 characters. */
export function shortTextFrom(html: string): string {
  const plain = htmlToPlainText(html)
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= 300) {
    return plain;
  }
  const sentences = plain.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let result = '';
  for (const sentence of sentences) {
    if ((result + sentence).length > 300) {
      break;
    }
    result += sentence;
  }
  return (result || `${plain.slice(0, 297)}…`).trim();
}

/** DLDB fees come as free HTML ("50 bis 60 Euro …"): one fee whose note holds the text; amounts when unambiguous. */
export function feesFrom(value: unknown): Fee[] {
  if (Array.isArray(value)) {
    return value.map((entry: Json) => ({
      label: text(entry['name']) || 'Gebühr',
      amountMin: null,
      amountMax: null,
      currency: 'EUR',
      note: htmlToPlainText(text(entry['description'])),
    }));
  }
  const note = htmlToPlainText(text(value))
    .replace(/\u200b/g, '')
    .trim();
  if (!note) {
    return [];
  }
  const amounts = [
    ...note.matchAll(/(\d{1,5}(?:\.\d{3})*(?:,\d{1,2})?)\s*(?:€|Euro|EUR)/gi),
  ].map((match) =>
    Number((match[1] ?? '').replace(/\./g, '').replace(',', '.')),
  );
  const single = amounts.length === 1 ? amounts[0] : undefined;
  const range =
    /\b(\d[\d.,]*)\s*(?:bis|-|–)\s*(\d[\d.,]*)\s*(?:€|Euro|EUR)/i.exec(note);
  const parse = (raw: string | undefined) =>
    Number((raw ?? '').replace(/\./g, '').replace(',', '.'));
  if (range && amounts.length <= 2) {
    return [
      {
        label: 'Gebühr',
        amountMin: parse(range[1]),
        amountMax: parse(range[2]),
        currency: 'EUR',
        note,
      },
    ];
  }
  if (single !== undefined && !/\bab\b|pro|je/i.test(note)) {
    return [
      {
        label: 'Gebühr',
        amountMin: single,
        amountMax: single,
        currency: 'EUR',
        note,
      },
    ];
  }
  return [
    {
      label: 'Gebühr',
      amountMin: null,
      amountMax: null,
      currency: 'EUR',
      note,
    },
  ];
}

function documents(value: unknown): RequiredDocument[] {
  return (Array.isArray(value) ? value : [])
    .map((entry: Json) => ({
      name: htmlToPlainText(text(entry['name'])),
      note: htmlToPlainText(text(entry['description'])),
      condition: 'always' as const,
      originalRequired: false,
    }))
    .filter((document) => document.name);
}

function keywords(meta: unknown): string[] {
  const raw = text((meta as Json | undefined)?.['keywords']);
  return [
    ...new Set(
      raw
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    ),
  ];
}

function standortKey(id: string) {
  return `dldb-${id}`;
}

/** Maps one DLDB service (Berlin schema or Munich export) to an import item. */
export function mapDldbService(service: Json): ImportItem {
  const id = text(service['id']) || String(service['id'] ?? '');
  const name = htmlToPlainText(text(service['name']));
  if (!id) {
    return { kind: 'invalid', label: name || '(ohne id)', reason: 'id fehlt' };
  }
  const description = text(service['description']);
  const onlineProcessing = service['onlineprocessing'] as Json | undefined;
  const online =
    onlineProcessing && text(onlineProcessing['link'])
      ? [{ name: 'Online beantragen', url: text(onlineProcessing['link']) }]
      : [];
  const processTime = text(service['process_time']);
  const locations = (
    Array.isArray(service['locations']) ? service['locations'] : []
  ) as Json[];
  return {
    kind: 'leistung',
    leistung: {
      externalRef: { source: DLDB_SOURCE, id },
      label: name || id,
      content: {
        title: name,
        leikaKey: text(service['leika']) || null,
        shortText: shortTextFrom(description),
        fullText: description,
        prerequisites: (Array.isArray(service['prerequisites'])
          ? service['prerequisites']
          : []
        )
          .map((entry: Json) =>
            htmlToPlainText(
              [text(entry['name']), text(entry['description'])]
                .filter(Boolean)
                .join(': '),
            ),
          )
          .filter(Boolean),
        requiredDocuments: documents(service['requirements']),
        fees: feesFrom(service['fees']),
        processingTime: processTime ? htmlToPlainText(processTime) : '',
        legalBasis: (Array.isArray(service['legal']) ? service['legal'] : [])
          .map((entry: Json) => htmlToPlainText(text(entry['name'])))
          .filter(Boolean)
          .join('\n'),
        forms: links(service['forms']),
        onlineServices: online,
        furtherLinks: links(service['links']),
        searchTerms: keywords(service['meta']),
        standorte: [
          ...new Set(
            locations
              .map((location) => text(location['location']))
              .filter(Boolean)
              .map(standortKey),
          ),
        ],
      },
    },
  };
}

/** Maps one DLDB location to a Standort (address and contact; the export has no opening hours). */
export function mapDldbLocation(location: Json): ImportedStandort | null {
  const id = text(location['id']);
  if (!id) {
    return null;
  }
  const address = (location['address'] ?? {}) as Json;
  const contact = (location['contact'] ?? {}) as Json;
  return {
    key: standortKey(id),
    name: htmlToPlainText(
      text(location['name']) || text(location['displayName']),
    ).slice(0, 200),
    street: [text(address['street']), text(address['house_number'])]
      .filter(Boolean)
      .join(' '),
    postalCode: /^\d{5}$/.test(text(address['postal_code']))
      ? text(address['postal_code'])
      : '',
    city: text(address['city']),
    phone: text(contact['phone']).slice(0, 60),
    email: text(contact['email']).slice(0, 200),
    openingHours: EMPTY_WEEK,
    exceptions: [],
    appointmentUrl: null,
  };
}

/** Locations first (so Leistungen can point to them), then services, one at a time. */
export async function* readDldb(
  servicesPath: string,
  locationsPath?: string,
): AsyncGenerator<ImportItem> {
  if (locationsPath) {
    for await (const location of streamJsonArray(locationsPath)) {
      const standort = mapDldbLocation(location as Json);
      if (standort) {
        yield { kind: 'standort', standort };
      }
    }
  }
  for await (const service of streamJsonArray(servicesPath)) {
    yield service && typeof service === 'object'
      ? mapDldbService(service as Json)
      : {
          kind: 'invalid',
          label: '(kein Objekt)',
          reason: 'Eintrag ist kein JSON-Objekt',
        };
  }
}
