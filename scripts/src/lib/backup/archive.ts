/**
 * Packs a staged backup folder into a .tar.gz and checks an archive against its manifest. Packing uses
 * the system's GNU tar (streams, handles any size); checking reads the archive back as a stream
 * (tar-reader.ts), so it needs no extra disk space.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from '../service.ts';
import { hashFile, MANIFEST_NAME, parseManifest, type FileEntry, type Manifest } from './manifest.ts';
import { readTarGz } from './tar-reader.ts';

/** Every regular file under `root/folder`, hashed, with archive paths (`folder/…`), sorted. */
export async function hashTree(root: string, folder: string): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const { sha256, size } = await hashFile(absolute);
    entries.push({ path: path.relative(root, absolute).split(path.sep).join('/'), size, sha256 });
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Writes `archivePath` from `stagingDir`, the manifest first.
 * @throws {import('../service.ts').ServiceStartError} when tar fails (e.g. no space left on device).
 */
export async function packArchive(
  stagingDir: string,
  folders: readonly string[],
  archivePath: string,
  log: (line: string) => void,
): Promise<void> {
  await runCommand(
    'tar',
    ['--create', '--gzip', '--file', archivePath, '--directory', stagingDir, MANIFEST_NAME, ...folders],
    { name: 'tar', log },
  );
}

/** Raised when an archive does not match its manifest; the message says what is wrong with which file. */
export class ArchiveVerificationError extends Error {
  override name = 'ArchiveVerificationError';
}

/**
 * Reads the whole archive and checks every file against the manifest inside it: same set of files,
 * same sizes, same sha256.
 * @returns the manifest.
 * @throws {ArchiveVerificationError} for a damaged, truncated, tampered or foreign archive.
 */
export async function verifyArchive(archivePath: string): Promise<Manifest> {
  const label = path.basename(archivePath);
  let files;
  try {
    files = await readTarGz(archivePath, new Set([MANIFEST_NAME]));
  } catch (error) {
    throw new ArchiveVerificationError(`${label} cannot be read: ${(error as Error).message}.`);
  }
  const manifestFile = files.find((file) => file.path === MANIFEST_NAME);
  if (!manifestFile?.content)
    throw new ArchiveVerificationError(`${label} has no ${MANIFEST_NAME}: it is not a Glasnik backup.`);
  let manifest: Manifest;
  try {
    manifest = parseManifest(manifestFile.content.toString('utf8'), label);
  } catch (error) {
    throw new ArchiveVerificationError((error as Error).message);
  }
  const inArchive = new Map(
    files.filter((file) => file.path !== MANIFEST_NAME).map((file) => [file.path, file]),
  );
  const problems: string[] = [];
  for (const expected of manifest.files) {
    const actual = inArchive.get(expected.path);
    if (!actual) problems.push(`${expected.path} is missing`);
    else if (actual.size !== expected.size)
      problems.push(`${expected.path} has ${actual.size} bytes, the manifest says ${expected.size}`);
    else if (actual.sha256 !== expected.sha256)
      problems.push(
        `${expected.path} has a different sha256 than the manifest says (changed after the backup)`,
      );
    inArchive.delete(expected.path);
  }
  for (const extra of inArchive.keys())
    problems.push(`${extra} is not in the manifest (added after the backup)`);
  if (problems.length) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    throw new ArchiveVerificationError(`${label} does not match its manifest: ${shown}${more}.`);
  }
  return manifest;
}
