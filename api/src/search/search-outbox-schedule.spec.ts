import type { DataSource } from 'typeorm';
import type { SearchEngineHost } from './search-engine.host';
import { SearchOutboxWorker } from './search-outbox.worker';

/** Scheduling only: drains are counted, not run (the integration suites run real ones). */
describe('SearchOutboxWorker scheduling', () => {
  let worker: SearchOutboxWorker;
  let drains: number;
  let finishDrain: () => void;

  beforeEach(() => {
    jest.useFakeTimers();
    worker = new SearchOutboxWorker({} as DataSource, {} as SearchEngineHost);
    drains = 0;
    jest.spyOn(worker, 'drain').mockImplementation(() => {
      drains++;
      return new Promise<void>((resolve) => (finishDrain = resolve));
    });
  });

  afterEach(async () => {
    await worker.onApplicationShutdown();
    jest.useRealTimers();
  });

  it('does not let the idle poll of a finishing drain push back a drain an edit asked for', async () => {
    worker.start();
    jest.advanceTimersByTime(0);
    expect(drains).toBe(1);
    // An edit commits while that drain is still running …
    worker.poke();
    // … and the drain finishes before the poke's timer fired: it schedules its idle poll.
    finishDrain();
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(0);
    expect(drains).toBe(2);
  });

  it('polls again a second after an idle drain', async () => {
    worker.start();
    jest.advanceTimersByTime(0);
    finishDrain();
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(999);
    expect(drains).toBe(1);
    jest.advanceTimersByTime(1);
    expect(drains).toBe(2);
  });
});
