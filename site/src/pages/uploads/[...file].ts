// Copies each downloadable CMS file into the build (see src/lib/downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Media } from '@glasnik/cms/contract';
import { allDownloads } from '../../lib/downloads';
import { changedPaths } from '../../lib/route-keys';

export const getStaticPaths = (async () =>
  changedPaths(
    'uploads/[...file].ts',
    [...(await allDownloads())].map(([path, file]) => ({
      params: { file: path.replace(/^\/uploads\//, '') },
      props: { file },
      // Upload URLs carry the CMS's content hash (a replaced file gets a new one): while URL, type and size
      // are unchanged, a build leaves the previous build's copy in place instead of fetching it again.
      cacheKey: JSON.stringify([file.url, file.mime, file.size]),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: Media }> = async ({ props }) => {
  const response = await fetch(props.file.url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok)
    throw new Error(
      `Could not copy ${props.file.url} from the CMS into the site: ${response.status} ${response.statusText}.`,
    );
  return new Response(await response.arrayBuffer(), { headers: { 'Content-Type': props.file.mime } });
};
