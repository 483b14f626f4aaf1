import { type Identity, type Logger, signIdentity } from '@grimoire/platform';

/** Per-operation context of the router (HTTP and WebSocket alike); data sources read it. */
export interface RouterContext {
  requestId: string;
  logger: Logger;
  /** The verified caller, or null for anonymous. */
  viewer: Identity | null;
  /** `viewer` signed for the subgraphs (`x-grimoire-identity`); null for anonymous. */
  identityToken: string | null;
}

export async function createRouterContext(options: {
  requestId: string;
  logger: Logger;
  viewer: Identity | null;
  internalSecret: string;
}): Promise<RouterContext> {
  const identityToken = options.viewer ? await signIdentity(options.internalSecret, options.viewer) : null;
  return {
    requestId: options.requestId,
    logger: options.logger.child({ requestId: options.requestId }),
    viewer: options.viewer,
    identityToken,
  };
}
