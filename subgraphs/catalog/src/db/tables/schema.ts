import { pgSchema } from 'drizzle-orm/pg-core';

/** Everything the catalog subgraph stores lives in this PostgreSQL schema. */
export const catalogSchema = pgSchema('catalog');
