import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthService } from '../core/auth/auth.service';

export interface RecentLeistung {
  id: string;
  slug: string;
  title: string;
}

export const MAX_RECENT = 8;
const STORAGE_PREFIX = 'auskunft.desk.recent.';

/**
 * The Leistungen this agent opened last, newest first. Kept in this browser only
 * (localStorage, one list per user), so shared workstations do not mix agents'
 * lists and the server learns nothing about individual agents.
 */
@Injectable({ providedIn: 'root' })
export class RecentLeistungen {
  private readonly auth = inject(AuthService);
  /** Bumped on every change, so `items` re-reads storage. */
  private readonly version = signal(0);

  private readonly key = computed(() => {
    const user = this.auth.user();
    return user ? `${STORAGE_PREFIX}${user.id}` : null;
  });

  readonly items = computed<RecentLeistung[]>(() => {
    this.version();
    const key = this.key();
    return key ? read(key) : [];
  });

  remember(leistung: RecentLeistung): void {
    const key = this.key();
    if (!key) {
      return;
    }
    const { id, slug, title } = leistung;
    const items = [
      { id, slug, title },
      ...read(key).filter((item) => item.id !== id),
    ].slice(0, MAX_RECENT);
    try {
      localStorage.setItem(key, JSON.stringify(items));
    } catch {
      // Storage full or disabled: the list is a convenience, the desk works without it.
    }
    this.version.update((value) => value + 1);
  }
}

function read(key: string): RecentLeistung[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecentLeistung) : [];
  } catch {
    return [];
  }
}

function isRecentLeistung(value: unknown): value is RecentLeistung {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const item = value as Record<string, unknown>;
  return (
    typeof item['id'] === 'string' &&
    typeof item['slug'] === 'string' &&
    typeof item['title'] === 'string'
  );
}
