/**
 * `npm run publisher:rollback`: points the live site back at the previous good build (one step per
 * call). Works whether or not the publisher is running: the static server follows `current` at once.
 */
import path from 'node:path';
import { createBuildStore } from './lib/publish/builds.ts';
import { DATA_DIR } from './lib/paths.ts';

const dataDir = path.resolve(process.env.GLASNIK_DATA_DIR || DATA_DIR);
createBuildStore(dataDir)
  .rollback()
  .then(({ from, to }) => {
    console.log(
      `Rolled back: the live site is now build ${to}${from ? ` (was ${from})` : ''}. The next publish builds a new one.`,
    );
  })
  .catch((error: unknown) => {
    console.error(`Rollback did not happen: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
