// Copies each downloadable CMS file into the build (see src/lib/downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Media } from '@glasnik/cms/contract';
import { allDownloads } from '../../lib/downloads';

export const getStaticPaths = (async () =>
  [...(await allDownloads())].map(([path, file]) => ({
    params: { file: path.replace(/^\/uploads\//, '') },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: Media }> = async ({ props }) => {
  const response = await fetch(props.file.url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok)
    throw new Error(
      `Could not copy ${props.file.url} from the CMS into the site: ${response.status} ${response.statusText}.`,
    );
  return new Response(await response.arrayBuffer(), { headers: { 'Content-Type': props.file.mime } });
};
