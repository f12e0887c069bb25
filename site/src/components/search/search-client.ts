/**
 * Browser side of the search page: queries Meilisearch as the reader types (debounced, stale requests
 * cancelled), renders hits with escaped text and `<mark>` highlights, keeps `?q=&type=&year=` in the
 * address bar so a search can be shared, and falls back to the list links when search is unreachable.
 * No framework; imports only the zod-free query module of the contract.
 */
import { isLocale, type Locale } from '@glasnik/cms/contract/locales';
import {
  buildSearchRequest,
  cleanSearchInput,
  hasSearchableText,
  HIGHLIGHT_PRE,
  highlightToHtml,
  isSearchType,
  searchIndexName,
  searchTypeNames,
  type CleanSearchInput,
  type SearchHit,
} from '@glasnik/cms/contract/search-query';
import { searchLabels, type SearchLabels } from './search-labels';

const DEBOUNCE_MS = 150;

interface SearchAnswer {
  hits: SearchHit[];
  totalHits?: number;
  totalPages?: number;
  page?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search page: element ${selector} is missing from the Search component.`);
  return found;
}

/** Wires one Search component; safe to call on a page without configuration (shows the fallback). */
export function startSearch(root: HTMLElement): void {
  const lang: Locale = isLocale(root.dataset.lang) ? root.dataset.lang : 'bg';
  const labels = searchLabels[lang];
  const endpoint = root.dataset.url ?? '';
  const key = root.dataset.key ?? '';
  const form = must<HTMLFormElement>(root, '[data-search-form]');
  const input = must<HTMLInputElement>(form, 'input[name="q"]');
  const typeSelect = must<HTMLSelectElement>(root, '[data-search-type]');
  const yearSelect = must<HTMLSelectElement>(root, '[data-search-year]');
  const filters = must<HTMLElement>(root, '[data-search-filters]');
  const status = must<HTMLElement>(root, '[data-search-status]');
  const list = must<HTMLOListElement>(root, '[data-search-results]');
  const more = must<HTMLButtonElement>(root, '[data-search-more]');
  const fallback = must<HTMLElement>(root, '[data-search-fallback]');
  const fallbackText = must<HTMLElement>(root, '[data-search-fallback-text]');
  const texts = {
    unavailable: root.dataset.textUnavailable ?? '',
    notConfigured: root.dataset.textNotConfigured ?? '',
  };

  const showFallback = (message: string) => {
    fallbackText.textContent = message;
    fallback.hidden = false;
  };

  // The query in the URL shows in the box even when search cannot run.
  const params = new URLSearchParams(location.search);
  const initial = cleanSearchInput({
    q: params.get('q'),
    type: params.get('type'),
    year: params.get('year'),
  });
  input.value = initial.q;

  if (!endpoint || !key) {
    showFallback(texts.notConfigured);
    return;
  }
  fallback.hidden = true;
  filters.hidden = false;
  setOptions(
    typeSelect,
    labels.anyType,
    initial.type ? { [initial.type]: 0 } : {},
    initial.type ?? '',
    (value) => labels.types[value as keyof SearchLabels['types']] ?? value,
  );
  setOptions(
    yearSelect,
    labels.anyYear,
    initial.year ? { [initial.year]: 0 } : {},
    initial.year ? String(initial.year) : '',
    (value) => value,
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  let current: CleanSearchInput = initial;

  const readForm = (page = 1): CleanSearchInput =>
    cleanSearchInput({ q: input.value, type: typeSelect.value, year: yearSelect.value, page });

  const run = async (query: CleanSearchInput, append: boolean) => {
    current = query;
    syncUrl(query);
    inFlight?.abort();
    if (!hasSearchableText(query.q) && !query.type && query.year === null) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = query.q ? labels.typeHint : '';
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    root.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(`${endpoint}/indexes/${searchIndexName(lang)}/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify(buildSearchRequest({ ...query, q: hasSearchableText(query.q) ? query.q : '' })),
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`search answered ${response.status}`);
      const answer = (await response.json()) as SearchAnswer;
      if (controller !== inFlight) return;
      fallback.hidden = true;
      render(answer, query, append);
    } catch (error) {
      if (controller.signal.aborted) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      showFallback(texts.unavailable);
      console.warn('Glasnik search:', error);
    } finally {
      if (controller === inFlight) root.removeAttribute('aria-busy');
    }
  };

  const render = (answer: SearchAnswer, query: CleanSearchInput, append: boolean) => {
    const total = answer.totalHits ?? answer.hits.length;
    const items = answer.hits.map((hit) => renderHit(hit, lang, labels));
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    more.hidden = (answer.page ?? 1) >= (answer.totalPages ?? 1);
    const shown = query.q || labels.anyType;
    status.textContent = total === 0 ? labels.none(shown) : labels.results(total, shown);
    const facets = answer.facetDistribution ?? {};
    setOptions(
      typeSelect,
      labels.anyType,
      facets.type ?? {},
      query.type ?? '',
      (value) => labels.types[value as keyof SearchLabels['types']] ?? value,
      searchTypeNames,
    );
    setOptions(
      yearSelect,
      labels.anyYear,
      facets.year ?? {},
      query.year ? String(query.year) : '',
      (value) => value,
    );
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(readForm(), false), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(readForm(), false);
  });
  for (const select of [typeSelect, yearSelect])
    select.addEventListener('change', () => void run(readForm(), false));
  more.addEventListener('click', () => void run({ ...current, page: current.page + 1 }, true));
  // Arrow down from the box moves to the first result; Escape clears the box.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = list.querySelector<HTMLAnchorElement>('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-title')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && at === 0) input.focus();
    else links[Math.max(0, Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  });

  if (initial.q || initial.type || initial.year) void run(initial, false);
}

function syncUrl(query: CleanSearchInput): void {
  const url = new URL(location.href);
  for (const [name, value] of [
    ['q', query.q],
    ['type', query.type ?? ''],
    ['year', query.year ? String(query.year) : ''],
  ] as const) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  url.searchParams.delete('page');
  history.replaceState(null, '', url);
}

function setOptions(
  select: HTMLSelectElement,
  anyLabel: string,
  counts: Record<string, number>,
  selected: string,
  label: (value: string) => string,
  order?: readonly string[],
): void {
  const values = order
    ? order.filter((value) => value in counts || value === selected)
    : Object.keys(counts).sort().reverse();
  if (selected && !values.includes(selected)) values.unshift(selected);
  const options = [new Option(anyLabel, '')];
  for (const value of values) {
    if (order && !isSearchType(value)) continue;
    const count = counts[value];
    options.push(new Option(count ? `${label(value)} (${count})` : label(value), value));
  }
  select.replaceChildren(...options);
  select.value = selected;
}

const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  bg: new Intl.DateTimeFormat('bg', { dateStyle: 'long', timeZone: 'Europe/Sofia' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Sofia' }),
};

function renderHit(hit: SearchHit, lang: Locale, labels: SearchLabels): HTMLLIElement {
  const item = document.createElement('li');
  const body = document.createElement('div');
  const link = document.createElement('a');
  link.className = 'search-hit-title';
  // Only site paths: a document can never send the reader to another origin from here.
  link.href = hit.url.startsWith('/') && !hit.url.startsWith('//') ? hit.url : '#';
  link.innerHTML = highlightToHtml(hit._formatted?.title ?? hit.title);
  const meta = document.createElement('p');
  meta.className = 'search-hit-meta';
  const parts = [labels.types[hit.type] ?? hit.type];
  const date = hit.eventStart ?? hit.date;
  if (date && !Number.isNaN(Date.parse(date))) parts.push(DATE_FORMATS[lang].format(new Date(date)));
  if (hit.registerNumber) parts.push(hit.registerNumber);
  if (hit.category) parts.push(hit.category);
  meta.textContent = parts.join(' · ');
  const text = document.createElement('p');
  text.className = 'search-hit-text';
  // The body excerpt when the match is in the body, else the (highlighted) summary.
  const excerpt = hit._formatted?.body ?? '';
  text.innerHTML = highlightToHtml(
    excerpt.includes(HIGHLIGHT_PRE) ? excerpt : (hit._formatted?.summary ?? hit.summary ?? ''),
  );
  body.append(link, meta, text);
  item.append(body);
  if (hit.image?.url && hit.image.url.startsWith('/')) {
    const img = document.createElement('img');
    img.src = hit.image.url;
    img.alt = '';
    img.loading = 'lazy';
    item.append(img);
  }
  return item;
}
