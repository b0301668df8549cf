import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LeistungStaff } from '@auskunft/contracts';
import { aLeistung, aStaffLeistung } from '../../../testing/builders';
import { CatalogApi } from './catalog-api';
import { LeistungApi } from './leistung-api';

describe(LeistungApi.name, () => {
  let api: LeistungApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(LeistungApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the public description by slug, escaping it for the URL', () => {
    let title = '';
    api.getPublic('a/b').subscribe((leistung) => (title = leistung.title));

    http
      .expectOne('/api/v1/public/leistungen/a%2Fb')
      .flush(aLeistung({ title: 'Wohngeld' }));
    expect(title).toBe('Wohngeld');
  });

  it('loads the staff description by id', () => {
    const received: LeistungStaff[] = [];
    api.getStaff('42').subscribe((leistung) => received.push(leistung));

    http
      .expectOne('/api/v1/leistungen/42')
      .flush(aStaffLeistung({ internalNotes: 'intern' }));
    expect(received.map((leistung) => leistung.internalNotes)).toEqual([
      'intern',
    ]);
  });
});

describe(CatalogApi.name, () => {
  it('reads the public reference lists from their own endpoints', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const api = TestBed.inject(CatalogApi);
    const http = TestBed.inject(HttpTestingController);

    const received: string[] = [];
    api
      .lebenslagen()
      .subscribe((list) => received.push(`lebenslagen:${list.length}`));
    api
      .sachgebiete()
      .subscribe((list) => received.push(`sachgebiete:${list.length}`));
    api
      .standorte()
      .subscribe((list) => received.push(`standorte:${list.length}`));

    http.expectOne('/api/v1/public/lebenslagen').flush([]);
    http.expectOne('/api/v1/public/sachgebiete').flush([]);
    http.expectOne('/api/v1/public/standorte').flush([]);
    http.verify();
    expect(received).toEqual(['lebenslagen:0', 'sachgebiete:0', 'standorte:0']);
  });
});
