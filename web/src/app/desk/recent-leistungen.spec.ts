import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { signIn } from '../../testing/auth';
import { aSessionUser } from '../../testing/builders';
import { AuthService } from '../core/auth/auth.service';
import { MAX_RECENT, RecentLeistungen } from './recent-leistungen';

describe(RecentLeistungen.name, () => {
  let recent: RecentLeistungen;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    recent = TestBed.inject(RecentLeistungen);
  });

  afterEach(() => localStorage.clear());

  function open(id: string): void {
    recent.remember({ id, slug: `slug-${id}`, title: `Leistung ${id}` });
  }

  it('keeps the newest first, once each, and at most a handful', () => {
    signIn(aSessionUser({ id: 'agent-1' }));
    for (let index = 0; index < MAX_RECENT + 2; index++) {
      open(String(index));
    }
    open('5');

    const ids = recent.items().map((item) => item.id);
    expect(ids.length).toBe(MAX_RECENT);
    expect(ids.slice(0, 3)).toEqual(['5', '9', '8']);
    expect(ids.filter((id) => id === '5').length).toBe(1);
  });

  it('keeps one list per user on a shared workstation', () => {
    signIn(aSessionUser({ id: 'agent-1' }));
    open('a');
    signIn(aSessionUser({ id: 'agent-2', username: 'b.beispiel' }));

    expect(recent.items()).toEqual([]);
    open('b');
    expect(recent.items().map((item) => item.id)).toEqual(['b']);

    signIn(aSessionUser({ id: 'agent-1' }));
    expect(recent.items().map((item) => item.id)).toEqual(['a']);
  });

  it('remembers nothing without a signed-in user and survives broken storage', () => {
    open('x');
    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(recent.items()).toEqual([]);

    localStorage.setItem('auskunft.desk.recent.agent-1', '{kaputt');
    signIn(aSessionUser({ id: 'agent-1' }));
    expect(recent.items()).toEqual([]);
  });
});
