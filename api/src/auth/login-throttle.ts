const MAX_FAILURES = 5;
const MAX_FAILURES_PER_CLIENT = 30;
const WINDOW_MS = 15 * 60 * 1000;

interface Counter {
  failures: number;
  /** Start of the counting window; reset when it has passed. */
  since: number;
  lockedUntil: number;
}

/**
 * Slows down password guessing without handing anyone a way to lock a colleague
 * out: failures count per (username, client) pair, for known and unknown names
 * alike, plus a cap per client. In memory: one API process per instance.
 */
export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds until the next attempt is allowed, or 0. */
  retryAfter(username: string, client: string): number {
    const now = this.now();
    const lockedUntil = Math.max(
      this.counter(`${username}|${client}`, now).lockedUntil,
      this.counter(`*|${client}`, now).lockedUntil,
    );
    return lockedUntil > now ? Math.ceil((lockedUntil - now) / 1000) : 0;
  }

  /** Records a failure; returns the lock's seconds when this failure locked the pair or the client. */
  fail(username: string, client: string): number {
    const now = this.now();
    this.bump(`${username}|${client}`, MAX_FAILURES, now);
    this.bump(`*|${client}`, MAX_FAILURES_PER_CLIENT, now);
    return this.retryAfter(username, client);
  }

  succeed(username: string, client: string): void {
    this.counters.delete(`${username}|${client}`);
  }

  private counter(key: string, now: number): Counter {
    let counter = this.counters.get(key);
    if (
      !counter ||
      (counter.since + WINDOW_MS <= now && counter.lockedUntil <= now)
    ) {
      counter = { failures: 0, since: now, lockedUntil: 0 };
      this.counters.set(key, counter);
    }
    return counter;
  }

  private bump(key: string, max: number, now: number) {
    const counter = this.counter(key, now);
    counter.failures++;
    if (counter.failures >= max) {
      counter.lockedUntil = now + WINDOW_MS;
      counter.failures = 0;
      counter.since = now;
    }
    if (this.counters.size > 50_000) {
      // Bounded memory under a flood of made-up names: forget the oldest entries.
      for (const oldKey of [...this.counters.keys()].slice(0, 10_000)) {
        this.counters.delete(oldKey);
      }
    }
  }
}
