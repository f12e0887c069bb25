/**
 * `npm run bench:smoke`: keeps the benchmarks working. Makes a small corpus (300 items, 30 pictures) in a
 * temporary folder, then runs each benchmark once against it — bench:build, bench:search, bench:read,
 * bench:publish — as a user would (`npm run bench:… -- --corpus DIR`). Fails when a benchmark fails or
 * prints no JSON line of figures; never because of a time: the figures of a small corpus on a shared
 * CI machine mean nothing.
 *
 * Usage: npm run bench:smoke [-- --corpus DIR (use this corpus, make none)] [--only build,search,…] [--keep]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CMS_DIR, REPO_ROOT } from '../src/lib/paths.ts';
import { formatTable, seconds } from './lib/table.ts';

const ITEMS = 300;
const IMAGES = 30;

interface Step {
  name: string;
  script: string;
  args: (corpus: string) => string[];
}

const STEPS: readonly Step[] = [
  { name: 'build', script: 'bench:build', args: (corpus) => ['--corpus', corpus] },
  { name: 'search', script: 'bench:search', args: (corpus) => ['--corpus', corpus] },
  { name: 'read', script: 'bench:read', args: (corpus) => ['--corpus', corpus] },
  {
    name: 'publish',
    script: 'bench:publish',
    args: (corpus) => ['--corpus', corpus, '--publishes', '3', '--warmup', '2'],
  },
];

interface StepResult {
  step: string;
  command: string;
  wallMs: number;
  ok: boolean;
  /** Why it failed, in one sentence. */
  problem: string | null;
}

/** `npm run <script> -- <args>`, as a user types it. */
const benchmark = (script: string, args: readonly string[]) => ['run', script, '--', ...args];

/**
 * Runs `npm <npmArgs>`, echoing its output, and checks it exits 0 and (unless `expectFigures` is
 * false) prints a JSON line.
 */
async function runStep(name: string, npmArgs: readonly string[], expectFigures = true): Promise<StepResult> {
  const command = `npm ${npmArgs.join(' ')}`;
  console.log(`\n=== bench:smoke: ${command}`);
  const started = Date.now();
  const child = spawn('npm', npmArgs, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let jsonLines = 0;
  const lines = [child.stdout, child.stderr].map(
    (stream, index) =>
      new Promise<void>((resolve) => {
        createInterface({ input: stream })
          .on('line', (line) => {
            (index === 0 ? process.stdout : process.stderr).write(`${line}\n`);
            if (!line.startsWith('{')) return;
            try {
              const parsed: unknown = JSON.parse(line);
              if (typeof parsed === 'object' && parsed !== null) jsonLines += 1;
            } catch {
              // Not a figures line: some tools print JSON-looking text.
            }
          })
          .on('close', resolve);
      }),
  );
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await Promise.all(lines);
  const wallMs = Date.now() - started;
  const problem =
    exit.code !== 0
      ? `\`${command}\` failed (${exit.signal ?? `exit code ${exit.code}`}); its output is above.`
      : expectFigures && jsonLines === 0
        ? `\`${command}\` printed no JSON line of figures.`
        : null;
  return { step: name, command, wallMs, ok: problem === null, problem };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !STEPS.some((step) => step.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(
      `bench:smoke: --only ${unknown.join(',')} is not a benchmark here (${STEPS.map((step) => step.name).join(', ')}).`,
    );
    return 2;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'glasnik-bench-smoke-'));
  const results: StepResult[] = [];
  const started = Date.now();
  try {
    // The benchmarks run the production CMS (`strapi start`), which serves the admin panel from cms/dist.
    if (!existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html')))
      results.push(await runStep('cms build', ['run', 'build', '-w', '@glasnik/cms'], false));
    let corpus = values.corpus;
    if (!corpus && results.every((result) => result.ok)) {
      corpus = path.join(work, 'corpus');
      const made = await runStep(
        'corpus',
        benchmark('bench:corpus', ['--items', String(ITEMS), '--images', String(IMAGES), '--dir', corpus]),
      );
      results.push(made);
    }
    // Without a corpus nothing else can run; each benchmark after that runs even if one before failed.
    if (corpus && results.every((result) => result.ok)) {
      for (const step of STEPS) {
        if (only && !only.includes(step.name)) continue;
        results.push(await runStep(step.name, benchmark(step.script, step.args(corpus))));
      }
    }
  } finally {
    if (values.keep) console.log(`bench:smoke: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  const totalMs = Date.now() - started;
  console.log('');
  console.log(JSON.stringify({ benchmark: 'smoke', totalMs, steps: results }));
  console.log('');
  console.log(
    formatTable([
      ['benchmark', 'wall s', 'result'],
      ...results.map((result) => [result.step, seconds(result.wallMs), result.ok ? 'ok' : 'FAILED']),
      ['total', seconds(totalMs), ''],
    ]),
  );
  const failed = results.filter((result) => !result.ok);
  for (const result of failed) console.error(`bench:smoke: ${result.problem}`);
  if (failed.length > 0) {
    console.error(
      `bench:smoke failed: ${failed.map((result) => result.step).join(', ')} did not run to the end (times are never checked).`,
    );
    return 1;
  }
  console.log('bench:smoke: every benchmark ran and printed its figures (times are not checked).');
  return 0;
}

process.exitCode = await main();
