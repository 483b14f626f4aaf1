import { type SQL, sql } from 'drizzle-orm';

/**
 * A list as ONE text parameter holding a PostgreSQL array literal (cast it in the query:
 * `${arrayParameter(ids)}::uuid[]`). Batches of any size then share one statement text, so it is
 * parsed and planned once, and a 1,000-row batch does not need 1,000 parameters.
 */
export function arrayParameter(values: readonly (string | number)[]): SQL {
  const elements = values.map((value) => `"${String(value).replace(/[\\"]/g, '\\$&')}"`);
  return sql`${`{${elements.join(',')}}`}`;
}
