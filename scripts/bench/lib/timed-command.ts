/**
 * Runs a command to completion and measures it: wall time and the peak resident memory of its whole
 * process tree. Output goes to a log function (prefixed), the last lines are kept for the error message.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { sampleTreeRss } from './process-tree-rss.ts';

export interface TimedRun {
  wallMs: number;
  peakRssBytes: number;
  /** Every output line (stdout and stderr), for figures parsed from the tool's own report. */
  output: string[];
}

/**
 * @throws {Error} with the command, its exit status and its last output lines when it fails.
 */
export async function runTimed(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string | undefined>; log: (line: string) => void },
): Promise<TimedRun> {
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${command} could not be started: is it installed?`);
  const sampler = sampleTreeRss(child.pid);
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      options.log(line);
    });
  }
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve({ code, signal }));
    },
  );
  const peakRssBytes = sampler.stop();
  if (exit.code !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` in ${options.cwd} failed (${exit.signal ?? `exit code ${exit.code}`}). Last output:\n${output.slice(-30).join('\n')}`,
    );
  }
  return { wallMs: Date.now() - started, peakRssBytes, output };
}
