// Shared by the benchmark scripts: run the built product (dist/api/main.js) as a child
// process on a free port, call its CLI, sign in.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { API_MAIN } from '../api-node.mjs';

export const root = resolve(import.meta.dirname, '../..');

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Runs a CLI command of the built product; throws with its output when it fails. */
export function cli(env, args) {
  const result = spawnSync(process.execPath, [...API_MAIN, ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  if (result.status !== 0) {
    throw new Error(`${args[0]} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Starts the server with `env` (which must set PORT) and waits until /api/health is 200. */
export async function startServer(env, timeoutMs = 600_000) {
  const child = spawn(process.execPath, [...API_MAIN], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${env.PORT}`;
  for (let waited = 0; waited < timeoutMs; waited += 250) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        return { child, base, stop: () => stopServer(child) };
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  child.kill('SIGTERM');
  throw new Error(`server not healthy after ${timeoutMs / 1000} s`);
}

export function stopServer(child) {
  return new Promise((done) => {
    if (child.exitCode !== null) {
      done();
      return;
    }
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** Signs in and returns the Cookie header for later requests. */
export async function login(base, username, password) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) {
    throw new Error(`login ${username}: ${response.status}`);
  }
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
