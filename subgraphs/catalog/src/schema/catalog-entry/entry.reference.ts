import type { ReferenceResolver } from '@grimoire/platform';

import type { CatalogContext } from '../../context.js';
import type { ContentKind } from '../../domain/content-kinds.js';
import type { CatalogEntry } from '../../domain/read-catalog.js';

/**
 * `__resolveReference` for a catalog entity: through the request's entry loader (SRD from
 * memory, homebrew in one SQL statement per batch), null when unknown or not visible.
 */
export function entryReference<TKind extends ContentKind, TNode>(
  kind: TKind,
  map: (entry: CatalogEntry<TKind>) => TNode,
): ReferenceResolver<CatalogContext> {
  return {
    async __resolveReference(reference, ctx): Promise<TNode | null> {
      const entry = await ctx.entries[kind].load(reference.id);
      return entry ? map(entry) : null;
    },
  };
}
