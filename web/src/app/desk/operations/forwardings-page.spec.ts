import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { Forwarding } from '@auskunft/contracts';
import {
  normalized,
  queryButtonByName,
} from '../../../testing/accessible-queries';
import { signIn } from '../../../testing/auth';
import { aSessionUser } from '../../../testing/builders';
import { hostOf } from '../../../testing/dom';
import { ForwardingsPage } from './forwardings-page';

function aForwarding(overrides: Partial<Forwarding>): Forwarding {
  return {
    id: 'f1',
    sachgebietCode: '32.1',
    sachgebietName: 'Zulassungsstelle',
    leistungId: null,
    concern: 'Anliegen',
    callbackName: 'Frau Muster',
    callbackContact: '07031 123456',
    createdAt: '2026-11-20T09:00:00.000Z',
    deadline: '2026-11-23',
    status: 'open',
    answeredAt: null,
    answeredInTime: null,
    mailSent: true,
    personalDataErased: false,
    ...overrides,
  };
}

describe(ForwardingsPage.name, () => {
  let fixture: ComponentFixture<ForwardingsPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(rows: Forwarding[]): Promise<void> {
    fixture = TestBed.createComponent(ForwardingsPage);
    await fixture.whenStable();
    http.expectOne('/api/v1/forwardings').flush(rows);
    await fixture.whenStable();
    host = hostOf(fixture);
  }

  function cells(): string[][] {
    return Array.from(host.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children)
        .slice(0, 4)
        .map((cell) => normalized(cell.textContent)),
    );
  }

  it('lists overdue forwardings first and highlights them', async () => {
    signIn(aSessionUser({ role: 'agent' }));
    await render([
      aForwarding({ id: 'a', concern: 'Erledigt', status: 'answered' }),
      aForwarding({ id: 'b', concern: 'Offen', status: 'open' }),
      aForwarding({
        id: 'c',
        concern: 'Zu spät',
        status: 'overdue',
        deadline: '2026-11-19',
      }),
    ]);
    expect(cells()).toEqual([
      ['überfällig', '19.11.2026', '32.1 Zulassungsstelle', 'Zu spät'],
      ['offen', '23.11.2026', '32.1 Zulassungsstelle', 'Offen'],
      ['beantwortet', '23.11.2026', '32.1 Zulassungsstelle', 'Erledigt'],
    ]);
    expect(host.querySelectorAll('tr.overdue').length).toBe(1);
    // Agents may not mark answered: that is the Sachgebiet's.
    expect(queryButtonByName(host, /^Beantwortet/)).toBeNull();
  });

  it('lets an editor of the Sachgebiet mark an open one answered', async () => {
    signIn(aSessionUser({ role: 'editor', sachgebiete: ['32.1'] }));
    await render([
      aForwarding({ id: 'b', concern: 'Offen' }),
      aForwarding({ id: 'x', concern: 'Fremd', sachgebietCode: '70.1' }),
    ]);
    const button = queryButtonByName(host, 'Beantwortet : Offen');
    expect(button).not.toBeNull();
    expect(queryButtonByName(host, 'Beantwortet : Fremd')).toBeNull();
    button?.click();
    const request = http.expectOne('/api/v1/forwardings/b/answered');
    expect(request.request.method).toBe('POST');
    request.flush(aForwarding({ id: 'b', status: 'answered' }));
    await fixture.whenStable();
    http.expectOne('/api/v1/forwardings').flush([]);
    await fixture.whenStable();
    expect(normalized(host.querySelector('[role="status"]')?.textContent)).toBe(
      'Als beantwortet vermerkt.',
    );
  });
});
