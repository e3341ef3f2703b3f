/**
 * Fails `astro build` and `astro dev` before anything renders when the data is
 * broken, printing one line per problem (file, record id, field).
 */
import type { AstroIntegration } from 'astro';
import { DataError, loadDataset } from '../lib/load-data';

export interface ValidateDataOptions {
  /** Folder of the JSON files; defaults to content/data under the working directory. */
  dataDir?: string;
  /** Skip the check (Vitest loads the Astro config too; there the check runs as a test). */
  skip?: boolean;
}

export function validateDataIntegration({ dataDir, skip = false }: ValidateDataOptions = {}): AstroIntegration {
  return {
    name: 'validate-data',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (skip) return;
        try {
          const ds = loadDataset(dataDir);
          logger.info(`dataset ok: ${ds.events.length} events, ${ds.sources.length} sources (as of ${ds.meta.asOf})`);
        } catch (err) {
          if (err instanceof DataError) {
            logger.error(err.message);
            throw new Error(`Data validation failed with ${err.problems.length} problem(s); see the list above.`);
          }
          throw err;
        }
      },
    },
  };
}
