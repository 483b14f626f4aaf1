import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import {
  IDENTITY_CONNECTION_PARAM,
  IDENTITY_HEADER,
  type Identity,
  REQUEST_ID_HEADER,
  verifyIdentity,
} from '@grimoire/platform';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

/** What a subgraph saw of one HTTP request: proof of what the router forwarded. */
export interface SeenRequest {
  identityHeader: string | undefined;
  viewer: Identity | null;
  requestId: string | undefined;
  query: string;
}

export interface TinyContext {
  viewer: Identity | null;
}

export interface TinySubgraph {
  name: string;
  url: string;
  sdl: string;
  seen: SeenRequest[];
  stop(): Promise<void>;
}

/**
 * A real federation subgraph (`@apollo/subgraph` schema) on loopback, served over plain
 * node:http + graphql-ws, which verifies the router-signed identity like the platform does.
 * No database: the router tests are about routing, not persistence.
 */
export async function startTinySubgraph(options: {
  name: string;
  sdl: string;
  resolvers: GraphQLResolverMap<TinyContext>;
  internalSecret: string;
}): Promise<TinySubgraph> {
  const schema: GraphQLSchema = buildSubgraphSchema([{ typeDefs: parse(options.sdl), resolvers: options.resolvers }]);
  const seen: SeenRequest[] = [];

  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(await readBody(req)) as {
      query: string;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    const identityHeader = req.headers[IDENTITY_HEADER] as string | undefined;
    let viewer: Identity | null = null;
    if (identityHeader !== undefined) {
      try {
        viewer = await verifyIdentity(options.internalSecret, identityHeader);
      } catch {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'forged identity', extensions: { code: 'UNAUTHENTICATED' } }] }));
        return;
      }
    }
    seen.push({
      identityHeader,
      viewer,
      requestId: req.headers[REQUEST_ID_HEADER] as string | undefined,
      query: body.query,
    });
    const result = await execute({
      schema,
      document: parse(body.query),
      variableValues: body.variables ?? {},
      operationName: body.operationName ?? null,
      contextValue: { viewer } satisfies TinyContext,
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });

  const wsServer = new WebSocketServer({ server, path: '/graphql' });
  const ws = useServer<Record<string, unknown>, { viewer: Identity | null }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = ctx.connectionParams?.[IDENTITY_CONNECTION_PARAM];
        if (token === undefined) {
          ctx.extra.viewer = null;
          return true;
        }
        try {
          ctx.extra.viewer = await verifyIdentity(options.internalSecret, typeof token === 'string' ? token : '');
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx): TinyContext => ({ viewer: ctx.extra.viewer ?? null }),
    },
    wsServer,
  );

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    name: options.name,
    url: `http://127.0.0.1:${port}/graphql`,
    sdl: options.sdl,
    seen,
    stop() {
      stopped ??= (async () => {
        await ws.dispose();
        // The router keeps connections alive; drop them so the subgraph is really gone.
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      })();
      return stopped;
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
