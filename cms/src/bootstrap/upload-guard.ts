import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { cleanDisplayText, cleanFileName } from '../lib/display-text';

interface IncomingFile {
  filepath?: string;
  mimetype?: string | null;
  originalFilename?: string | null;
}
type UploadFn = (
  input: { data: unknown; files: IncomingFile | IncomingFile[] },
  options?: unknown,
) => Promise<unknown>;
type ReplaceFn = (
  id: unknown,
  input: { data: unknown; file: IncomingFile },
  options?: unknown,
) => Promise<unknown>;

const FILE_MODEL = 'plugin::upload.file';

/**
 * Cleans the original file name before Strapi derives the display name and the extension from it (an
 * extension ending in U+202E would also end up in the stored file's URL). A name left empty by the
 * cleaning becomes null: Strapi then names the file "unamed" with the extension of its type.
 */
function cleanOriginalFilename(file: IncomingFile | undefined): void {
  if (typeof file?.originalFilename !== 'string') return;
  file.originalFilename = cleanFileName(file.originalFilename) || null;
}

/** What a new file is called when its name was nothing but control characters. */
const PLACEHOLDER_NAME = 'file';

/**
 * Cleans the texts readers see (name, alternativeText, caption) in data about to be written. A name
 * left empty by the cleaning becomes `emptyName`, or is dropped (an update then keeps the old name).
 */
function cleanFileTexts(data: unknown, emptyName?: string): void {
  if (!data || typeof data !== 'object') return;
  const row = data as Record<string, unknown>;
  if (typeof row.name === 'string') {
    const name = cleanFileName(row.name) || emptyName;
    if (name) row.name = name;
    else delete row.name;
  }
  for (const key of ['alternativeText', 'caption'] as const) {
    if (typeof row[key] === 'string') row[key] = cleanDisplayText(row[key]);
  }
}

/**
 * Strips bidi controls (a right-to-left override makes "report\u202Efdp.exe" look like "reportexe.pdf"),
 * invisible formatting, control characters and NUL from uploaded files' display names, alt texts and
 * captions, and folds full-width look-alikes in names. The stored file names are Strapi's hashes and
 * already safe; this is about what readers see, e.g. the attachment links of press releases. The texts
 * are cleaned in a database lifecycle, so every way of writing them (upload, replace, editing the file
 * details, bulk edits, AI metadata) is covered; the original file name is cleaned before Strapi reads
 * its extension from it.
 */
export function cleanUploadTexts(strapi: Core.Strapi): void {
  const uploadService = strapi.plugin('upload').service('upload') as { upload: UploadFn; replace: ReplaceFn };
  const upload = uploadService.upload.bind(uploadService);
  uploadService.upload = async (input, options) => {
    for (const file of Array.isArray(input.files) ? input.files : [input.files]) cleanOriginalFilename(file);
    return upload(input, options);
  };
  const replace = uploadService.replace.bind(uploadService);
  uploadService.replace = async (id, input, options) => {
    cleanOriginalFilename(input.file);
    return replace(id, input, options);
  };
  strapi.db.lifecycles.subscribe({
    models: [FILE_MODEL],
    beforeCreate: (event) => cleanFileTexts(event.params.data, PLACEHOLDER_NAME),
    beforeUpdate: (event) => cleanFileTexts(event.params.data),
    beforeCreateMany: (event) => {
      const rows: unknown = event.params.data;
      if (Array.isArray(rows)) for (const row of rows) cleanFileTexts(row, PLACEHOLDER_NAME);
    },
    beforeUpdateMany: (event) => cleanFileTexts(event.params.data),
  });
}

/**
 * Refuses a file that claims to be an image but is not one (an HTML page renamed to .jpg, say). The
 * upload plugin's type checks catch executables, HTML and SVG by name and content; a text file with an
 * image name and type slips past them, so the content of every "image" is opened with sharp here.
 */
export function guardImageUploads(strapi: Core.Strapi): void {
  const uploadService = strapi.plugin('upload').service('upload') as { upload: UploadFn };
  const imageManipulation = strapi.plugin('upload').service('image-manipulation') as {
    isImage: (file: { filepath: string }) => Promise<boolean>;
  };
  const upload = uploadService.upload.bind(uploadService);
  uploadService.upload = async (input, options) => {
    const files = Array.isArray(input.files) ? input.files : [input.files];
    for (const file of files) {
      if (!file?.filepath || !file.mimetype?.startsWith('image/')) continue;
      if (!(await imageManipulation.isImage({ filepath: file.filepath }))) {
        throw new errors.ValidationError(
          `"${file.originalFilename ?? 'file'}" says it is an image (${file.mimetype}) but its content is not an allowed image type (JPEG, PNG, WebP, AVIF, GIF, TIFF). Upload the picture itself, not a renamed file.`,
        );
      }
    }
    return upload(input, options);
  };
}
