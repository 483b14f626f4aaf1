/** Commit ancestry, pure: commits are given as hash → parent hashes (a campaign's whole history). */
export type ParentMap = ReadonlyMap<string, readonly string[]>;

/** `hash` and every commit reachable from it through parents. */
export function ancestorsOf(hash: string, parents: ParentMap): Set<string> {
  const seen = new Set<string>();
  const queue = [hash];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(parents.get(next) ?? []));
  }
  return seen;
}

/** True when `ancestor` is `descendant` or lies in its history. */
export function isAncestor(ancestor: string, descendant: string, parents: ParentMap): boolean {
  return ancestorsOf(descendant, parents).has(ancestor);
}

/**
 * The best common ancestor of two commits: a common ancestor that no other common ancestor
 * descends from; among several (criss-cross merges), the newest by `timeOf`. Null when the
 * histories never meet.
 */
export function mergeBase(
  left: string,
  right: string,
  parents: ParentMap,
  timeOf: (hash: string) => number,
): string | null {
  const leftAncestors = ancestorsOf(left, parents);
  const common = [...ancestorsOf(right, parents)].filter((hash) => leftAncestors.has(hash));
  const best = common.filter(
    (candidate) => !common.some((other) => other !== candidate && isAncestor(candidate, other, parents)),
  );
  best.sort((a, b) => timeOf(b) - timeOf(a) || a.localeCompare(b));
  return best[0] ?? null;
}
