import { IDENTITY_HEADER, signIdentity } from '../auth/identity.js';
import { REQUEST_ID_HEADER } from '../logging/request-id.js';
import { EntityClientError, type EntityClientOptions, type FetchEntitiesOptions } from './entity-client.js';

export interface SubgraphClient {
  /**
   * Runs one operation on another subgraph directly (not through the router), signing the
   * acting identity as the router does. Throws `EntityClientError` on transport or GraphQL
   * errors, so a caller never mistakes a failure for an empty answer.
   */
  request<TData>(query: string, variables: Record<string, unknown>, options: FetchEntitiesOptions): Promise<TData>;
}

/** For a subgraph's internal reads that are not entities (e.g. catalog's `homebrewContent(ids)`). */
export function createSubgraphClient(options: EntityClientOptions): SubgraphClient {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    async request<TData>(
      query: string,
      variables: Record<string, unknown>,
      { identity, requestId }: FetchEntitiesOptions,
    ): Promise<TData> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (identity) headers[IDENTITY_HEADER] = await signIdentity(options.internalSecret, identity);
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new EntityClientError(`request to ${options.url} failed: ${(error as Error).message}`, { cause: error });
      }
      const body = (await response.json().catch(() => null)) as {
        data?: TData | null;
        errors?: { message: string }[];
      } | null;
      if (!response.ok || !body?.data || (body.errors?.length ?? 0) > 0) {
        const detail = body?.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
        throw new EntityClientError(`request to ${options.url} failed: ${detail}`);
      }
      return body.data;
    },
  };
}
