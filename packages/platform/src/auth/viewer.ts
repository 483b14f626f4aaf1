import { unauthenticated } from '../errors/errors.js';
import type { Identity } from './identity.js';

/** Returns the signed-in identity or throws UNAUTHENTICATED. */
export function requireIdentity(viewer: Identity | null | undefined): Identity {
  if (!viewer) throw unauthenticated();
  return viewer;
}
