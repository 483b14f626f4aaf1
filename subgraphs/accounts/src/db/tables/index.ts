export { accountsPgSchema, roleEnum, ROLES, type Role } from './accounts-schema.js';
export { auditEvents, AUDIT_EVENT_TYPES, type AuditEventRow, type AuditEventType } from './audit-events.js';
export { refreshTokens, type RefreshTokenRow } from './refresh-tokens.js';
export { sessions, type SessionRow } from './sessions.js';
export { signingKeys, type SigningKeyRow } from './signing-keys.js';
export { users, type UserRow } from './users.js';
