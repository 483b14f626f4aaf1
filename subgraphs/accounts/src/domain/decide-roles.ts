import { type Role, ROLES } from '../db/tables/index.js';

/** Everyone may play and run games; configured emails are also administrators. */
export function rolesForNewUser(email: string, adminEmails: ReadonlySet<string>): Role[] {
  return adminEmails.has(email) ? ['PLAYER', 'GAME_MASTER', 'ADMIN'] : ['PLAYER', 'GAME_MASTER'];
}

/** Deduplicated, in the canonical order, so equal role sets compare and store equally. */
export function canonicalRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

export function hasRole(roles: readonly string[], role: Role): boolean {
  return roles.includes(role);
}
