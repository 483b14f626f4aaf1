export {
  ConfigError,
  commonEnvShape,
  databaseEnvShape,
  parseEnv,
  portSchema,
  redisEnvShape,
} from './config/parse-env.js';
export { ErrorCode } from './errors/codes.js';
export {
  badUserInput,
  conflict,
  errorCodeOf,
  forbidden,
  notFound,
  unauthenticated,
  type ErrorDetails,
} from './errors/errors.js';
export { validateInput } from './errors/validate-input.js';
export { isUuid, parseId } from './errors/parse-id.js';
export { createLogger, type Logger } from './logging/logger.js';
export { REQUEST_ID_HEADER, requestIdFrom } from './logging/request-id.js';
export { createMetrics, metricsPlugin, type ServiceMetrics } from './metrics/metrics.js';
export { connectDatabase, dropDatabase, ensureDatabase, type Database } from './db/connect-database.js';
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './db/embedded-postgres.js';
export {
  IDENTITY_CONNECTION_PARAM,
  IDENTITY_HEADER,
  InvalidIdentityError,
  signIdentity,
  verifyIdentity,
  type Identity,
} from './auth/identity.js';
export { requireIdentity } from './auth/viewer.js';
export { createPubSubFor, type PubSub } from './pubsub/pubsub.js';
export { createServiceHttp, listen, type ServiceHttp } from './http/http-server.js';
export {
  buildFederatedSchema,
  type FederatedSchema,
  type ReferenceResolver,
  type SubgraphSchemaDefinition,
} from './subgraph/build-federated-schema.js';
export {
  startSubgraph,
  type BaseContext,
  type RunningSubgraph,
  type SubgraphDependencies,
  type SubgraphOptions,
  type SubgraphSpec,
} from './subgraph/start-subgraph.js';
export { subgraphEnvShape, subgraphOptionsFromEnv } from './subgraph/subgraph-env.js';
export {
  type AfterCommit,
  type EventHandlerSpec,
  type SubgraphEventBus,
  type SubgraphEventsSpec,
} from './subgraph/subgraph-events.js';
export { connectionPage, decodeCursor, encodeCursor, type Page } from './pagination/cursor.js';
export {
  createEntityClient,
  EntityClientError,
  type EntityClient,
  type EntityClientOptions,
  type EntityRepresentation,
  type FetchEntitiesOptions,
} from './subgraph/entity-client.js';
export { PageInfo } from './pagination/page-info.type.js';
export { runService, type StoppableService } from './process/run-service.js';
export { createSubgraphClient, type SubgraphClient } from './subgraph/subgraph-client.js';
export { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, parsePageSize } from './pagination/page-size.js';
export * from './events/index.js';
export * from './events/admin/index.js';
