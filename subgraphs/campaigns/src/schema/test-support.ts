// Shared by this subgraph's tests only.

/**
 * The fewest SQL statements `run` costs over `attempts` runs. Background work (the event relay
 * polls its outbox every second) may add statements while a request runs, never take any away,
 * so the minimum is the request's own cost.
 */
export async function leastStatements(
  database: { statementCount(): number },
  run: () => Promise<unknown>,
  attempts = 3,
): Promise<number> {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const before = database.statementCount();
    await run();
    least = Math.min(least, database.statementCount() - before);
  }
  return least;
}
