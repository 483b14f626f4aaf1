import { pgSchema } from 'drizzle-orm/pg-core';

/** Every accounts table lives in the `accounts` PostgreSQL schema; no other subgraph reads it. */
export const accountsPgSchema = pgSchema('accounts');

export const ROLES = ['PLAYER', 'GAME_MASTER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const roleEnum = accountsPgSchema.enum('role', ROLES);
