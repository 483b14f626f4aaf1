import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@grimoire/platform';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';

import type { RouterContext } from './router-context.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

/** Codes for subgraph transport failures (the affected fields come back null). */
export const SUBGRAPH_TIMEOUT = 'SUBGRAPH_TIMEOUT';
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** One keep-alive connection pool shared by every subgraph data source. */
export function createSubgraphAgent(): Agent {
  return new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 128 });
}

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  agent: Agent;
}

/**
 * HTTP data source for one subgraph: undici with keep-alive (`createSubgraphFetcher`) (the gateway's default
 * make-fetch-happen client had latency and socket-reuse problems), a hard timeout per call, and
 * the router-signed identity + request id as headers. Whatever identity header the client sent is
 * never forwarded: only the one the router signs here reaches a subgraph.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  readonly name: string;
  readonly timeoutMs: number;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: createSubgraphFetcher(options.agent, options.timeoutMs) });
    this.name = options.name;
    this.timeoutMs = options.timeoutMs;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    const headers = request.http!.headers;
    headers.delete(IDENTITY_HEADER);
    // Health checks and schema loads have no router context.
    const routerContext = context as Partial<RouterContext>;
    if (routerContext.identityToken) headers.set(IDENTITY_HEADER, routerContext.identityToken);
    if (routerContext.requestId) headers.set(REQUEST_ID_HEADER, routerContext.requestId);
  }

  /** Turns transport failures into clear GraphQL errors; the gateway attaches them to the response. */
  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error;
    const extensions = { serviceName: this.name };
    if (error.name === 'TimeoutError' || error.name === 'AbortError') {
      throw new GraphQLError(`The ${this.name} service did not answer within ${this.timeoutMs} ms.`, {
        extensions: { code: SUBGRAPH_TIMEOUT, ...extensions },
        originalError: error,
      });
    }
    throw new GraphQLError(`The ${this.name} service is unavailable right now.`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, ...extensions },
      originalError: error,
    });
  }
}
