// Shared by this subgraph's tests only.

/**
 * The SQL statements `run` costs on the subgraph's request pool. The event bus's relay and
 * consumers use a pool of their own, so background work never shows up here.
 */
export async function statementsOf(database: { statementCount(): number }, run: () => Promise<unknown>): Promise<number> {
  const before = database.statementCount();
  await run();
  return database.statementCount() - before;
}
