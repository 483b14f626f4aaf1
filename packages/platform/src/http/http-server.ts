import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express, { type Express } from 'express';

import type { ServiceMetrics } from '../metrics/metrics.js';

export interface ServiceHttp {
  app: Express;
  httpServer: Server;
}

/**
 * Express app + HTTP server with the routes every Grimoire service has:
 * `/health` (the process is alive), `/ready` (its dependencies answer), `/metrics` (Prometheus).
 */
export function createServiceHttp(options: { metrics: ServiceMetrics; isReady: () => Promise<boolean> }): ServiceHttp {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await options.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  return { app, httpServer: createServer(app) };
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
