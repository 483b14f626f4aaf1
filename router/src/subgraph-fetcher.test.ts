import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSubgraphAgent } from './subgraph-data-source.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';

describe('createSubgraphFetcher', () => {
  let server: Server;
  let url: string;
  const agent = createSubgraphAgent();
  const fetcher = createSubgraphFetcher(agent, 500);

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2000);
        if (request.url === '/broken') {
          response.writeHead(502, { 'content-type': 'text/plain' });
          return void response.end('upstream down');
        }
        response.writeHead(200, { 'content-type': 'application/json', 'x-echo-header': request.headers['x-echo'] });
        response.end(JSON.stringify({ data: { method: request.method, received: JSON.parse(body) } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await agent.close();
  });

  it('posts the body with its headers and reads the JSON answer, once', async () => {
    const response = await fetcher(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-echo': 'identity' },
      body: JSON.stringify({ query: '{ a }' }),
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('x-echo-header')).toBe('identity');
    const copy = response.clone();
    expect(await response.json()).toEqual({ data: { method: 'POST', received: { query: '{ a }' } } });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(/already been read/);
    expect(JSON.parse(new TextDecoder().decode(await copy.arrayBuffer()))).toHaveProperty('data.method', 'POST');
  });

  it('reports a failed status with its text', async () => {
    const response = await fetcher(`${url}/broken`, { method: 'POST', body: '{}' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(502);
    expect(response.statusText).toBe('Bad Gateway');
    expect(await response.text()).toBe('upstream down');
  });

  it('gives up after its timeout with a TimeoutError', async () => {
    await expect(fetcher(`${url}/slow`, { method: 'POST', body: '{}' })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });
});
