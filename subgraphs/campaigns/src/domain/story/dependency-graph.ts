/**
 * Graph algorithms for story structure, pure: chapter prerequisites, and the parent chains of
 * plots and locations (a parent is a one-edge dependency). Nodes list what they depend on; an
 * id that is not a node is ignored (the caller validates references separately).
 */
export interface DependencyNode {
  id: string;
  dependsOn: readonly string[];
}

/**
 * The nodes ordered so each comes after everything it depends on. Ties keep the input order (so
 * callers pass nodes sorted by creation for a stable result). Nodes on a cycle, which a valid
 * graph never has, come last in input order rather than being lost.
 */
export function topologicalOrder<TNode extends DependencyNode>(nodes: readonly TNode[]): TNode[] {
  const indexOf = new Map(nodes.map((node, index) => [node.id, index]));
  const pending = nodes.map((node) => new Set(node.dependsOn.filter((id) => indexOf.has(id) && id !== node.id)));
  const dependents = new Map<string, number[]>();
  nodes.forEach((node, index) => {
    for (const dependency of pending[index]) {
      const list = dependents.get(dependency);
      if (list) list.push(index);
      else dependents.set(dependency, [index]);
    }
  });
  // `ready` stays sorted by input index: the smallest ready node always goes next.
  const ready = nodes.flatMap((_, index) => (pending[index].size === 0 ? [index] : []));
  const placed = new Set<number>();
  const order: TNode[] = [];
  while (ready.length > 0) {
    const index = ready.shift()!;
    placed.add(index);
    order.push(nodes[index]);
    for (const dependent of dependents.get(nodes[index].id) ?? []) {
      const waiting = pending[dependent];
      waiting.delete(nodes[index].id);
      if (waiting.size === 0) insertSorted(ready, dependent);
    }
  }
  nodes.forEach((node, index) => {
    if (!placed.has(index)) order.push(node);
  });
  return order;
}

/**
 * A cycle as a path of ids that starts and ends on the same node (`[a, b, a]`), or null when the
 * graph has none. Nodes are visited in input order, so the same graph always reports the same path.
 */
export function findCycle(nodes: readonly DependencyNode[]): string[] | null {
  const dependsOn = new Map(nodes.map((node) => [node.id, node.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  function visit(id: string): string[] | null {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of dependsOn.get(id) ?? []) {
      if (!dependsOn.has(next)) continue;
      if (state.get(next) === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  }

  for (const node of nodes) {
    if (state.has(node.id)) continue;
    const cycle = visit(node.id);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * For a tree kept as parent links: the cycle that giving `childId` the parent `parentId` would
 * close (`[child, parent, …, child]`), or null when the tree stays a tree.
 */
export function parentCycle(
  childId: string,
  parentId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): string[] | null {
  const path = [childId];
  const seen = new Set<string>([childId]);
  for (let current = parentId; current !== null; current = parentOf.get(current) ?? null) {
    path.push(current);
    if (current === childId) return path;
    if (seen.has(current)) return null; // an existing loop elsewhere: not ours to report
    seen.add(current);
  }
  return null;
}

function insertSorted(sorted: number[], value: number): void {
  let position = sorted.length;
  while (position > 0 && sorted[position - 1] > value) position -= 1;
  sorted.splice(position, 0, value);
}
