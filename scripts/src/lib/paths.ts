/** Where every part of Glasnik lives on disk, relative to the repository root. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CMS_DIR = path.join(REPO_ROOT, 'cms');
export const SITE_DIR = path.join(REPO_ROOT, 'site');
export const SCRIPTS_DIR = path.join(REPO_ROOT, 'scripts');
/** Runtime state that is not source: search data, site builds, backups. Git-ignored. */
export const DATA_DIR = path.join(REPO_ROOT, '.data');
export const MEILI_DATA_DIR = path.join(DATA_DIR, 'meili');
/** The CMS's secrets file, read by Strapi itself at start. */
export const CMS_ENV_FILE = path.join(CMS_DIR, '.env');
