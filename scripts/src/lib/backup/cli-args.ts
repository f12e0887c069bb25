/** Small helpers shared by the backup and restore commands. */
import path from 'node:path';

/**
 * A path given on the command line, resolved from where the user typed it: `npm run` changes the working
 * directory to the repository root but keeps the original one in INIT_CWD.
 */
export function userPath(value: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.INIT_CWD ?? process.cwd(), value);
}

/**
 * A whole number of 0 or more from a flag or variable.
 * @throws {Error} naming the flag/variable and the value when it is not one.
 */
export function wholeNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value))
    throw new Error(`${name}=${JSON.stringify(value)} is not a whole number of 0 or more.`);
  return Number(value);
}
