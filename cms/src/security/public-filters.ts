import { errors } from '@strapi/utils';

/**
 * Shape check of the `filters` a client sends to the public read API. Strapi validates field names
 * (strictParams) but passes operator values on to the database as they come, so `filters=[`,
 * `filters[title][$between]=*` or `filters[title][$jsonSupersetOf]=x` reached SQL and answered 500.
 * Here they get a 400 that names the filter; well-formed filters pass unchanged.
 */

/** Operators on one field whose value is a single text (qs gives strings). */
const SCALAR_OPERATORS = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$null',
  '$notNull',
  '$startsWith',
  '$endsWith',
  '$startsWithi',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
]);
/** Operators whose value is a list (qs: `[$in][0]=a&[$in][1]=b`; one value alone is accepted as a list of one). */
const LIST_OPERATORS = new Set(['$in', '$notIn']);

/** The ways a client can get a filter wrong, each with the path it used. */
export class PublicFilterError extends errors.ValidationError {
  constructor(path: string, problem: string) {
    super(
      path.startsWith('filters')
        ? `Invalid filter ${path}: ${problem}. Filters look like filters[title][$contains]=text.`
        : `Invalid query parameter ${path}: ${problem}.`,
    );
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** qs turns `[0]=a&[1]=b` into an array, and long lists into an object with numeric keys. */
function listItems(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key)))
    return Object.values(value);
  return undefined;
}

function checkOperator(operator: string, value: unknown, path: string): void {
  if (SCALAR_OPERATORS.has(operator)) {
    if (typeof value !== 'string') throw new PublicFilterError(path, `${operator} takes one value`);
    return;
  }
  if (LIST_OPERATORS.has(operator)) {
    const items = typeof value === 'string' ? [value] : listItems(value);
    if (!items || items.some((item) => typeof item !== 'string'))
      throw new PublicFilterError(path, `${operator} takes a list of values`);
    return;
  }
  if (operator === '$between') {
    const items = listItems(value);
    if (!items || items.length !== 2 || items.some((item) => typeof item !== 'string'))
      throw new PublicFilterError(
        path,
        '$between takes exactly two values ([$between][0]=…&[$between][1]=…)',
      );
    return;
  }
  if (operator === '$and' || operator === '$or') {
    const items = listItems(value);
    if (!items) throw new PublicFilterError(path, `${operator} takes a list of filters`);
    items.forEach((item, index) => checkFilterTree(item, `${path}[${index}]`));
    return;
  }
  if (operator === '$not') {
    checkFilterTree(value, path);
    return;
  }
  throw new PublicFilterError(path, `${operator} is not an operator of the public API`);
}

/**
 * PostgreSQL refuses text with a NUL character (U+0000) in a query parameter, which answered 500 for
 * e.g. `filters[title][$in]=%00`; no real query holds one.
 * @throws {PublicFilterError} (400) naming the parameter that holds it.
 */
export function checkNoNulCharacter(query: Record<string, unknown>): void {
  const pending: Array<[unknown, string]> = Object.entries(query).map(([key, value]) => [value, key]);
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string' && value.includes('\u0000'))
      throw new PublicFilterError(path, 'contains a NUL character');
    if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) pending.push([child, `${path}[${key}]`]);
  }
}

/**
 * Walks a filters tree as qs parsed it.
 * @throws {PublicFilterError} (400) naming the first malformed part.
 */
export function checkFilterTree(tree: unknown, path = 'filters'): void {
  if (!isPlainObject(tree)) throw new PublicFilterError(path, 'expected field names in brackets');
  for (const [key, value] of Object.entries(tree)) {
    const here = `${path}[${key}]`;
    if (key.startsWith('$')) checkOperator(key, value, here);
    else if (typeof value === 'string')
      continue; // filters[title]=x is shorthand for $eq
    else checkFilterTree(value, here);
  }
}
