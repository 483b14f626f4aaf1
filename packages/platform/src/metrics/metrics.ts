import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export interface ServiceMetrics {
  registry: Registry;
  operationDuration: Histogram<'operation' | 'type' | 'outcome'>;
  errors: Counter<'code'>;
  sqlStatements: Counter;
}

/** One registry per service, labelled with the service name; served on `/metrics`. */
export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    operationDuration: new Histogram({
      name: 'grimoire_graphql_operation_duration_seconds',
      help: 'GraphQL operation duration in seconds',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'grimoire_graphql_errors_total',
      help: 'GraphQL errors by extensions.code',
      labelNames: ['code'],
      registers: [registry],
    }),
    sqlStatements: new Counter({
      name: 'grimoire_sql_statements_total',
      help: 'SQL statements sent to PostgreSQL',
      registers: [registry],
    }),
  };
}

/** Times every operation and counts its errors by code. */
export function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = metrics.operationDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          for (const error of errors ?? []) {
            const code = error.extensions?.code;
            metrics.errors.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
          }
          stopTimer({
            operation: operationName ?? 'anonymous',
            type: operation?.operation ?? 'unknown',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
