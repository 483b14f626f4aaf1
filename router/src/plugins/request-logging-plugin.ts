import type { ApolloServerPlugin } from '@apollo/server';

import type { RouterContext } from '../router-context.js';

/** One log line per operation, carrying the request id that is also forwarded to subgraphs. */
export function requestLoggingPlugin(): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const fields = {
            operation: operationName ?? 'anonymous',
            type: operation?.operation ?? 'unknown',
            durationMs: Math.round(performance.now() - startedAt),
            viewer: contextValue.viewer?.userId ?? null,
            errors: errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          };
          if (errors?.length) contextValue.logger.info(fields, 'operation finished with errors');
          else contextValue.logger.debug(fields, 'operation finished');
        },
      };
    },
  };
}
