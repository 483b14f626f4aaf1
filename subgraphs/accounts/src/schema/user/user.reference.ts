import type { ReferenceResolver } from '@grimoire/platform';

import type { AccountsContext } from '../../context.js';

/** Resolves `User` representations from other subgraphs, batched per request. */
export const userReference: ReferenceResolver<AccountsContext> = {
  __resolveReference: (reference, ctx) => ctx.loaders.userById.load(reference.id),
};
