/**
 * `npm start`: the whole Glasnik system on its embedded defaults. Flags:
 *   --no-seed   start with whatever the CMS holds (no demo content)
 *   --no-build  serve the last live site build (build only when there is none)
 */
import { readSettings, SettingsError } from './lib/config.ts';
import { ensureSecrets } from './lib/secrets.ts';
import { ServiceStartError } from './lib/service.ts';
import { startSystem } from './lib/system.ts';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--no-seed', '--no-build'].includes(arg));
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(', ')}: npm start accepts --no-seed and --no-build.`);
  process.exit(2);
}

// Installed before anything starts: Ctrl-C during start-up must stop what has started, too.
const interrupted = new AbortController();
let stopRunning: (() => Promise<void>) | undefined;
let shuttingDown = false;
function shutDown(signal: NodeJS.Signals): void {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log(`\n[start] ${signal} received, stopping Glasnik…`);
  if (!stopRunning) {
    interrupted.abort();
    return; // startSystem cleans up and main() exits.
  }
  stopRunning().then(
    () => {
      console.log('[start] stopped.');
      process.exit(0);
    },
    (error: unknown) => {
      console.error('[start] could not stop cleanly:', error);
      process.exit(1);
    },
  );
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
process.on('SIGHUP', shutDown);

async function main(): Promise<void> {
  const settings = readSettings();
  const secrets = ensureSecrets();
  const system = await startSystem({
    signal: interrupted.signal,
    settings,
    secrets,
    seed: !args.has('--no-seed'),
    siteBuild: args.has('--no-build') ? 'if-missing' : 'always',
    dataDir: process.env.GLASNIK_DATA_DIR || undefined,
  });

  const rule = '─'.repeat(78);
  console.log(
    `\n${rule}\nGlasnik is running.\n\n${system.summary.map((line) => `  ${line}`).join('\n')}\n\nPress Ctrl-C to stop everything.\n${rule}\n`,
  );

  stopRunning = system.stop;
  if (interrupted.signal.aborted) {
    // The signal came in the moment start-up finished.
    shuttingDown = false;
    shutDown('SIGINT');
  }
}

main().catch((error: unknown) => {
  if (shuttingDown) {
    console.log('[start] stopped.');
    process.exit(130);
  }
  if (error instanceof SettingsError || error instanceof ServiceStartError) {
    console.error(`\nGlasnik did not start: ${error.message}`);
  } else if (error instanceof Error) {
    console.error(`\nGlasnik did not start: ${error.message}`);
    if (process.env.DEBUG) console.error(error.stack);
  } else {
    console.error('\nGlasnik did not start:', error);
  }
  process.exit(1);
});
