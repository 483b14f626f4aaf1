import type { RunningSubgraph, SubgraphOptions } from '@grimoire/platform';
import { type RunningRouter, startRouter } from '@grimoire/router';

import { composeSupergraph } from './compose-supergraph.js';
import { readSupergraphConfig } from './supergraph-config.js';
import { printSubgraphSdl, subgraphImplementation } from './subgraphs.js';

export interface StackOptions {
  databaseUrl: string;
  redisUrl?: string | undefined;
  internalSecret: string;
  /** Prefix for pub/sub topics, so stacks sharing one Redis stay apart. */
  namespace: string;
  host: string;
  /** Port per subgraph name plus `router`; 0 (or absent) picks a free one. */
  ports: Record<string, number>;
  production: boolean;
  logLevel: string;
  adminEmails: string[];
  /**
   * Where the router's supergraph comes from: composed in memory from the code being run
   * (tests), or the committed file, reloaded when it changes (development).
   */
  supergraph: 'compose' | { path: string; watch: boolean };
}

export interface RunningStack {
  routerUrl: string;
  router: RunningRouter;
  subgraphs: Record<string, RunningSubgraph>;
  stop(): Promise<void>;
}

/** Starts every subgraph listed in supergraph.yaml and the router in this process. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const entries = readSupergraphConfig();
  const subgraphs: Record<string, RunningSubgraph> = {};
  const urls: Record<string, string> = {};
  const stopAll = async () => {
    await Promise.allSettled(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
  };
  try {
    for (const entry of entries) {
      const subgraphOptions: SubgraphOptions = {
        port: options.ports[entry.name] ?? 0,
        host: options.host,
        databaseUrl: options.databaseUrl,
        redisUrl: options.redisUrl,
        internalSecret: options.internalSecret,
        namespace: options.namespace,
        production: options.production,
        logLevel: options.logLevel,
      };
      const running = await subgraphImplementation(entry.name).start(subgraphOptions, {
        adminEmails: options.adminEmails,
        urls,
      });
      subgraphs[entry.name] = running;
      urls[entry.name] = running.url;
    }

    const supergraph =
      options.supergraph === 'compose'
        ? {
            sdl: composeSupergraph(
              entries.map((entry) => ({ name: entry.name, url: urls[entry.name], sdl: printSubgraphSdl(entry.name) })),
            ).supergraphSdl,
          }
        : options.supergraph;
    const accountsBase = new URL(urls.accounts);
    const router = await startRouter({
      port: options.ports.router ?? 0,
      host: options.host,
      production: options.production,
      introspection: !options.production,
      supergraph,
      subgraphUrls: urls,
      jwksUrl: new URL('/.well-known/jwks.json', accountsBase).toString(),
      internalSecret: options.internalSecret,
      logLevel: options.logLevel,
    });
    return {
      routerUrl: router.url,
      router,
      subgraphs,
      stop: async () => {
        await router.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
