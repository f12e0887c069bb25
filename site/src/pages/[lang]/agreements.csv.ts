import type { APIRoute } from 'astro';
import type { Locale } from '@glasnik/cms/contract';
import { agreementColumns, agreementsCsv } from '../../lib/agreements';
import { agreementRows } from '../../lib/agreement-rows';
import { localePaths } from '../../lib/paths';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const body = agreementsCsv(
    await agreementRows(params['lang'] as Locale, site!),
    agreementColumns.map((c) => c.name),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
