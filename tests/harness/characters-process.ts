import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

import { TEST_INTERNAL_SECRET } from '@grimoire/platform/testing';
import { REPO_ROOT } from '@grimoire/supergraph';

import { freePort } from './free-port.js';

// The characters subgraph as its own process, as a container runs it: for the tests that kill a
// process or run two replicas of it.

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the characters process exited with code ${child.exitCode}`);
    const ready = await fetch(new URL('/ready', url)).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not become ready`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
}

export interface CharactersProcessSettings {
  /** The stack's database and namespace (PUBSUB_NAMESPACE), so the process shares them. */
  database: { url: string; name: string };
  redisUrl: string | undefined;
  /** More environment: other subgraphs' URLs, event-bus timings. */
  env?: Record<string, string>;
}

/** Starts the characters subgraph in a child process and resolves once it is ready. */
export async function startCharactersProcess(
  settings: CharactersProcessSettings,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'subgraphs/characters/src/index.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: settings.database.url,
      REDIS_URL: settings.redisUrl,
      PUBSUB_NAMESPACE: settings.database.name,
      GRIMOIRE_INTERNAL_SECRET: TEST_INTERNAL_SECRET,
      GRIMOIRE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      ...settings.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { url, child };
}

/** SIGTERM, then SIGKILL if the process has not exited within 5 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
