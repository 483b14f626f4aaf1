import type { Page } from '@grimoire/platform';

/** A domain page → a GraphQL connection of mapped nodes. */
export function toConnection<TEntry, TNode>(page: Page<TEntry>, map: (entry: TEntry) => TNode) {
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })),
    pageInfo: page.pageInfo,
  };
}
