import type { APIRoute } from 'astro';
import { absoluteUrl, agreementsCsvUrl, agreementsUrl, type Locale } from '@glasnik/cms/contract';
import { agreementColumns } from '../../lib/agreements';
import { agreementRows } from '../../lib/agreement-rows';
import { localePaths } from '../../lib/paths';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  const rows = await agreementRows(lang, site!);
  const body = {
    title: lang === 'bg' ? 'Регистър на международните споразумения' : 'Register of international agreements',
    language: lang,
    page: absoluteUrl(site!, agreementsUrl(lang)),
    csv: absoluteUrl(site!, agreementsCsvUrl(lang)),
    columns: agreementColumns.map(({ name, description }) => ({ name, description })),
    items: rows.map((row) => Object.fromEntries(agreementColumns.map((column, i) => [column.name, row[i]]))),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
