import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface IncomingFile {
  filepath?: string;
  mimetype?: string | null;
  originalFilename?: string | null;
}
type UploadFn = (input: { data: unknown; files: IncomingFile | IncomingFile[] }, options?: unknown) => Promise<unknown>;

/**
 * Refuses a file that claims to be an image but is not one (an HTML page renamed to .jpg, say). The
 * upload plugin's type checks catch executables, HTML and SVG by name and content; a text file with an
 * image name and type slips past them, so the content of every "image" is opened with sharp here.
 */
export function guardImageUploads(strapi: Core.Strapi): void {
  const uploadService = strapi.plugin('upload').service('upload') as { upload: UploadFn };
  const imageManipulation = strapi.plugin('upload').service('image-manipulation') as { isImage: (file: { filepath: string }) => Promise<boolean> };
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
