import { ImpactError } from '../index.js';

/** DuckDB's Node.js package, as this entry uses it. */
export type DuckDbModule = typeof import('@duckdb/node-api');

/**
 * Loads `@duckdb/node-api`, an optional peer dependency of the package.
 *
 * @param load - Imports it (replaced in tests to stand for a missing package).
 * @returns The package.
 * @throws {@link ImpactError} `MISSING_PEER_DEPENDENCY` naming the install command when it is
 * missing or does not load.
 * @internal
 */
export async function loadDuckDb(
  load: () => Promise<DuckDbModule> = () => import('@duckdb/node-api'),
): Promise<DuckDbModule> {
  try {
    return await load();
  } catch (error) {
    throw new ImpactError(
      'MISSING_PEER_DEPENDENCY',
      'summarizing with DuckDB needs @duckdb/node-api: npm install @duckdb/node-api',
      { cause: error },
    );
  }
}
