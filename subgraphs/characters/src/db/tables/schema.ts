import { pgSchema } from 'drizzle-orm/pg-core';

/** Everything the characters subgraph stores lives in this PostgreSQL schema. */
export const charactersSchema = pgSchema('characters');
