import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Rejects operations nested deeper than `maxDepth` fields (fragments are followed), before any
 * planning or subgraph call happens. Depth 1 is a root field: `{ me { id } }` has depth 2.
 * Clients see a validation error (`GRAPHQL_VALIDATION_FAILED`, HTTP 400) naming the limit.
 */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          const name = operation.name ? `"${operation.name.value}"` : 'The operation';
          context.reportError(
            new GraphQLError(
              `${name} is nested ${depth} levels deep; the limit is ${maxDepth}. Split it into smaller operations.`,
              { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxDepth, depth } },
            ),
          );
        }
      },
    };
  };
}

function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection is bounded by the schema, not by the client; it does not count.
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment cycle is reported by the standard NoFragmentCycles rule; just stop here.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}
