import { Lebenslage } from '../catalog/lebenslage.entity';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { Standort } from '../catalog/standort.entity';
import {
  toPublicSearchDocument,
  toStaffSearchDocument,
} from '../search/search-documents';
import { SearchVocabulary } from '../search/search-vocabulary';
import { Leistung } from './leistung.entity';
import {
  toLeistungPublic,
  toLeistungStaff,
  toSachgebietPublic,
} from './leistung.mapper';

const SECRET_NOTE =
  'Rückfragen an Frau X, Durchwahl 123 — nicht an Bürger weitergeben';
const SECRET_PHONE = 'Teamleitung 3211';

function aStandort(): Standort {
  return Object.assign(new Standort(), {
    id: 's1',
    key: 'kreishaus',
    name: 'Kreishaus',
    street: 'Schlossplatz 1',
    postalCode: '71999',
    city: 'Lindenau',
    phone: '0',
    email: 'a@b.example',
    openingHours: {
      mon: [],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    },
    exceptions: [],
    accessibility: '',
    appointmentUrl: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
}

function aFullLeistung(): Leistung {
  const sachgebiet = Object.assign(new Sachgebiet(), {
    id: 'g1',
    code: '32.2',
    name: 'Fahrerlaubnisbehörde',
    department: 'Amt 32',
    phone: '1',
    email: 'f@b.example',
    room: 'E.1',
    standort: aStandort(),
    openingHours: {
      mon: [],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    },
    forwardingEmail: 'weiterleitung@b.example',
    answerDeadlineDays: 1,
    internalPhone: SECRET_PHONE,
    reviewIntervalMonths: 12,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  return Object.assign(new Leistung(), {
    id: 'l1',
    slug: 'fuehrerschein-verlust',
    leikaKey: null,
    title: 'Führerschein – Verlust',
    plainTitle: null,
    shortText: 'Kurz',
    fullText: '<p>Voll</p>',
    prerequisites: [],
    requiredDocuments: [],
    fees: [],
    processingTime: '',
    deadlines: '',
    procedure: '',
    legalBasis: '',
    forms: [],
    onlineServices: [],
    furtherLinks: [],
    searchTerms: ['Lappen weg'],
    lebenslagen: [
      Object.assign(new Lebenslage(), {
        id: 'b1',
        slug: 'fuehrerschein',
        name: 'Führerschein',
        parent: null,
        description: '',
      }),
    ],
    sachgebiet,
    standorte: [aStandort()],
    internalNotes: SECRET_NOTE,
    status: 'published',
    validFrom: null,
    validTo: '2030-12-31',
    reviewDue: '2027-01-01',
    lastReviewedAt: '2026-01-01',
    externalRefSource: 'dldb',
    externalRefId: '42',
    version: 3,
    createdAt: new Date('2026-01-01'),
    updatedAt: new Date('2026-02-01'),
  });
}

describe('audience mappings', () => {
  it('keeps internal notes and internal contact data out of everything public', () => {
    const leistung = aFullLeistung();
    for (const publicShape of [
      toLeistungPublic(leistung),
      toPublicSearchDocument(leistung, new SearchVocabulary([])),
      toSachgebietPublic(leistung.sachgebiet as Sachgebiet),
    ]) {
      const text = JSON.stringify(publicShape);
      expect(text).not.toContain(SECRET_NOTE);
      expect(text).not.toContain(SECRET_PHONE);
      expect(text).not.toContain('weiterleitung@');
      expect(text).not.toContain('internalNotes');
      // not even as stems: "Rückfragen", "Durchwahl"
      expect(text).not.toContain('ruckfrag');
      expect(text).not.toContain('durchwahl');
    }
  });

  it('gives staff the notes, the internal phone, status, version and external reference', () => {
    const staff = toLeistungStaff(aFullLeistung(), null);
    expect(staff.internalNotes).toBe(SECRET_NOTE);
    expect(staff.sachgebiet?.internalPhone).toBe(SECRET_PHONE);
    expect(staff).toMatchObject({
      status: 'published',
      version: 3,
      externalRef: { source: 'dldb', id: '42' },
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(
      toStaffSearchDocument(aFullLeistung(), new SearchVocabulary([]))
        .internalNotes,
    ).toBe(SECRET_NOTE);
  });

  it('indexes validity as day bounds so expiry needs no manual step', () => {
    const document = toPublicSearchDocument(
      aFullLeistung(),
      new SearchVocabulary([]),
    );
    expect(document.validFromTs).toBeNull();
    expect(document.validToTs).toBe(Date.parse('2030-12-31T23:59:59Z') / 1000);
    expect(document.fullText).toBe('Voll');
  });
});
