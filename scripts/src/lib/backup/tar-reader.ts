/**
 * Reads a .tar.gz as a stream and hashes every regular file in it, without unpacking anything to disk:
 * the backup checks its own archive this way before naming it as good, and the restore checks an
 * archive before it touches the database. Understands the ustar, GNU long-name and pax headers that
 * GNU tar writes.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

const BLOCK = 512;

export interface TarFile {
  path: string;
  size: number;
  sha256: string;
  /** The file's bytes, kept only for paths the caller asked for (small files such as the manifest). */
  content?: Buffer;
}

/**
 * Hashes every regular file of a gzip'd tar archive.
 * @param keepContentOf paths whose bytes to keep in memory (e.g. `manifest.json`).
 * @throws {Error} when the file is not gzip, is truncated, or its tar headers are damaged.
 */
export async function readTarGz(
  archivePath: string,
  keepContentOf: ReadonlySet<string> = new Set(),
): Promise<TarFile[]> {
  const files: TarFile[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let current:
    | { path: string; size: number; remaining: number; hash: Hash; chunks?: Buffer[]; type: string }
    | undefined;
  let padding = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  let ended = false;

  const finishEntry = () => {
    if (!current) return;
    const body = current.chunks ? Buffer.concat(current.chunks) : undefined;
    if (current.type === 'L') longName = body?.toString('utf8').replace(/\0+$/, '');
    else if (current.type === 'x') paxPath = parsePaxPath(body ?? Buffer.alloc(0)) ?? paxPath;
    else if (current.type === '0' || current.type === '\0') {
      files.push({
        path: current.path,
        size: current.size,
        sha256: current.hash.digest('hex'),
        content: body && keepContentOf.has(current.path) ? body : undefined,
      });
    }
    current = undefined;
  };

  const consume = (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let offset = 0;
    while (!ended) {
      if (current) {
        const take = Math.min(current.remaining, pending.length - offset);
        if (take > 0) {
          const slice = pending.subarray(offset, offset + take);
          current.hash.update(slice);
          current.chunks?.push(Buffer.from(slice));
          current.remaining -= take;
          offset += take;
        }
        if (current.remaining > 0) break;
        padding = (BLOCK - (current.size % BLOCK)) % BLOCK;
        finishEntry();
      }
      if (padding > 0) {
        const skip = Math.min(padding, pending.length - offset);
        padding -= skip;
        offset += skip;
        if (padding > 0) break;
      }
      if (pending.length - offset < BLOCK) break;
      const header = pending.subarray(offset, offset + BLOCK);
      offset += BLOCK;
      if (header.every((byte) => byte === 0)) {
        ended = true;
        break;
      }
      if (!checksumMatches(header)) throw new Error('a tar header is damaged (checksum mismatch)');
      const type = String.fromCharCode(header[156] ?? 0);
      const size = parseOctal(header.subarray(124, 136));
      const name = cString(header.subarray(0, 100));
      const prefix = header.subarray(257, 263).toString('latin1').startsWith('ustar')
        ? cString(header.subarray(345, 500))
        : '';
      const path = longName ?? paxPath ?? (prefix ? `${prefix}/${name}` : name);
      if (type !== 'L' && type !== 'x') {
        longName = undefined;
        paxPath = undefined;
      }
      const keep = type === 'L' || type === 'x' || keepContentOf.has(path);
      current = {
        path: path.replace(/^\.\//, ''),
        size,
        remaining: size,
        hash: createHash('sha256'),
        chunks: keep ? [] : undefined,
        type,
      };
      if (size === 0) {
        finishEntry();
      }
    }
    pending = pending.subarray(offset);
  };

  await new Promise<void>((resolve, reject) => {
    const gunzip = createGunzip();
    const input = createReadStream(archivePath);
    input.on('error', reject);
    gunzip.on('error', (error) => reject(new Error(`it is not a complete gzip file (${error.message})`)));
    gunzip.on('data', (chunk: Buffer) => {
      try {
        consume(chunk);
      } catch (error) {
        input.destroy();
        gunzip.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    gunzip.on('end', () => {
      if (current || !ended) reject(new Error('the tar stream ends early: the archive is truncated'));
      else resolve();
    });
    input.pipe(gunzip);
  });
  return files;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}

function parseOctal(bytes: Buffer): number {
  // GNU base-256 for files over 8 GiB: high bit set in the first byte.
  if ((bytes[0] ?? 0) & 0x80) {
    let value = 0;
    for (let index = 1; index < bytes.length; index++) value = value * 256 + (bytes[index] ?? 0);
    return value;
  }
  const text = cString(bytes).trim();
  return text ? Number.parseInt(text, 8) : 0;
}

function checksumMatches(header: Buffer): boolean {
  const stored = parseOctal(header.subarray(148, 156));
  let sum = 0;
  for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 32 : (header[index] ?? 0);
  return sum === stored;
}

/** The `path=` record of a pax extended header, if any ("<length> path=<value>\n" records). */
function parsePaxPath(body: Buffer): string | undefined {
  const text = body.toString('utf8');
  for (const record of text.split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}
