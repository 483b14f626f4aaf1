import { type Identity, IDENTITY_HEADER, signIdentity } from '../auth/identity.js';
import { REQUEST_ID_HEADER } from '../logging/request-id.js';

/** A federation representation: the typename plus the key fields of one entity. */
export interface EntityRepresentation {
  __typename: string;
  [keyField: string]: unknown;
}

export interface EntityClientOptions {
  /** The subgraph's GraphQL endpoint, e.g. http://127.0.0.1:4002/graphql. */
  url: string;
  /** Signs the forwarded identity exactly as the router does, so the subgraph trusts it. */
  internalSecret: string;
  timeoutMs?: number;
}

export interface FetchEntitiesOptions {
  /** Who the call is made for; the subgraph sees this viewer. Null means anonymous. */
  identity: Identity | null;
  requestId?: string;
}

export interface EntityClient {
  /**
   * Resolves `representations` through the subgraph's `_entities` field, one HTTP request for
   * all of them. `selection` is the inline fragment(s) to read, e.g.
   * `... on Character { id owner { id } }`. Results keep the order of the representations;
   * an entity the subgraph does not know comes back as null.
   */
  fetchEntities<TEntity>(
    representations: readonly EntityRepresentation[],
    selection: string,
    options: FetchEntitiesOptions,
  ): Promise<(TEntity | null)[]>;
}

export class EntityClientError extends Error {
  override name = 'EntityClientError';
}

const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * A small client for asking another subgraph about entities directly (not through the router),
 * for decisions one subgraph needs another's data for, e.g. who owns a character.
 */
export function createEntityClient(options: EntityClientOptions): EntityClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async fetchEntities<TEntity>(
      representations: readonly EntityRepresentation[],
      selection: string,
      { identity, requestId }: FetchEntitiesOptions,
    ): Promise<(TEntity | null)[]> {
      if (representations.length === 0) return [];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (identity) headers[IDENTITY_HEADER] = await signIdentity(options.internalSecret, identity);
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      const query = `query EntityClient($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`;

      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables: { representations } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new EntityClientError(`entity request to ${options.url} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const body = (await response.json().catch(() => null)) as {
        data?: { _entities?: (TEntity | null)[] } | null;
        errors?: { message: string }[];
      } | null;
      const entities = body?.data?._entities;
      if (!response.ok || !entities || (body?.errors?.length ?? 0) > 0) {
        const detail = body?.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
        throw new EntityClientError(`entity request to ${options.url} failed: ${detail}`);
      }
      if (entities.length !== representations.length) {
        throw new EntityClientError(
          `entity request to ${options.url} returned ${entities.length} of ${representations.length} entities`,
        );
      }
      return entities;
    },
  };
}
