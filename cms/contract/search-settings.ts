/**
 * Meilisearch index settings of Glasnik's search, the same for `glasnik_bg` and `glasnik_en` (a Bulgarian
 * page quotes English names and the other way round). Applied by the full reindex; the incremental sync
 * only adds and removes documents.
 */

/** Words too common to help ranking; Meilisearch still matches them inside phrases. */
export const bulgarianStopWords = [
  'а',
  'и',
  'в',
  'във',
  'на',
  'за',
  'с',
  'със',
  'от',
  'до',
  'по',
  'при',
  'към',
  'че',
  'да',
  'се',
  'е',
  'са',
  'ли',
  'не',
  'но',
  'или',
  'като',
  'този',
  'тази',
  'това',
  'тези',
  'който',
  'която',
  'което',
  'които',
  'му',
  'им',
  'го',
  'ги',
  'бе',
  'си',
  'ще',
  'след',
  'през',
  'между',
  'както',
  'също',
] as const;

export const englishStopWords = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'is',
  'are',
  'was',
  'were',
  'be',
  'as',
  'that',
  'this',
  'it',
  'its',
  'into',
  'than',
  'then',
  'there',
] as const;

/**
 * Words that mean the same: Bulgarian definite forms (a reader types "кмет", the text says "кметът"),
 * and place names whose Latin spellings differ from the official transliteration ("Rousse").
 * Each group is expanded both ways by {@link synonymMap}.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['кмет', 'кметът', 'кмета', 'кметове'],
  ['община', 'общината', 'общини', 'общините'],
  ['град', 'градът', 'града'],
  ['съвет', 'съветът', 'съвета'],
  ['споразумение', 'споразумението', 'споразумения'],
  ['събитие', 'събитието', 'събития'],
  ['mayor', 'mayors', 'кмет'],
  ['municipality', 'municipal', 'община'],
  ['agreement', 'agreements', 'споразумение'],
  // Bulgarian places: the official transliteration, older or French-style spellings, and Cyrillic.
  ['русе', 'ruse', 'rousse', 'russe'],
  ['софия', 'sofia', 'sofiya'],
  ['пловдив', 'plovdiv'],
  ['бургас', 'burgas', 'bourgas'],
  ['шумен', 'shumen', 'choumen'],
  ['свищов', 'svishtov', 'sistova'],
  ['видин', 'vidin', 'widin'],
  ['търново', 'tarnovo', 'turnovo', 'tirnovo'],
  ['дунав', 'dunav', 'danube', 'donau', 'dunărea'],
  ['дунавец', 'dunavets', 'dunavec'],
  ['българия', 'bulgaria', 'balgariya'],
];

/** Meilisearch's `synonyms` setting: every word of a group maps to every other word of it. */
export function synonymMap(groups: readonly (readonly string[])[] = synonymGroups): Record<string, string[]> {
  const map: Record<string, Set<string>> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = (map[word] ??= new Set());
      for (const other of group) if (other !== word) others.add(other);
    }
  }
  return Object.fromEntries(Object.entries(map).map(([word, others]) => [word, [...others]]));
}

/** Attributes searched, most important first: Meilisearch ranks a match in an earlier one higher. */
export const searchableAttributes = [
  'title',
  'registerNumber',
  'partnerName',
  'summary',
  'tags',
  'category',
  'body',
  // Last: the other-script forms are a fallback, never better than the words as written.
  'translit',
] as const;

/** Facets and filters offered to readers (and the type-specific ones scripts and feeds may use). */
export const filterableAttributes = [
  'type',
  'category',
  'year',
  'country',
  'kind',
  'status',
  'timestamp',
  'eventTimestamp',
] as const;

export const sortableAttributes = ['date', 'timestamp', 'eventTimestamp', 'title'] as const;

/** The full settings object sent to `PATCH /indexes/{uid}/settings`. */
export const searchIndexSettings = {
  searchableAttributes: [...searchableAttributes],
  // Internal fields stay out of responses: `translit` is noise to a reader.
  displayedAttributes: [
    'id',
    'type',
    'documentId',
    'locale',
    'title',
    'summary',
    'body',
    'date',
    'timestamp',
    'year',
    'category',
    'tags',
    'url',
    'image',
    'eventStart',
    'eventTimestamp',
    'country',
    'kind',
    'status',
    'registerNumber',
    'partnerName',
  ],
  filterableAttributes: [...filterableAttributes],
  sortableAttributes: [...sortableAttributes],
  // Newer first when everything else is equal.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'timestamp:desc'],
  stopWords: [...bulgarianStopWords, ...englishStopWords],
  synonyms: synonymMap(),
  typoTolerance: {
    enabled: true,
    // One typo from 5 letters ("споразумене"), two from 9: Meilisearch's defaults, written down.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    // A register number or a year with a "typo" is another item.
    disableOnAttributes: ['registerNumber'],
    disableOnNumbers: true,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha', year: 'alpha' } },
  pagination: { maxTotalHits: 1000 },
  // Proximity counted per attribute, not per word distance: the full reindex of 18,739 documents indexed
  // in 7.8 s instead of 14.6 s (Meilisearch's costliest indexing step is word-pair proximity), and the
  // search page's queries were faster too. A two-word query still ranks items with both words in the title
  // above those with them spread over title and body (the `attribute` rule).
  proximityPrecision: 'byAttribute',
  // The search page reads facet counts with each search; nothing calls /facet-search.
  facetSearch: false,
  // No `separatorTokens`: Meilisearch's default tokenizer already splits on „ “ ” « » – — (checked on
  // 1.21: "Дунав" finds „Чист Дунав“, "Гюргево" finds Русе—Гюргево), and any custom separator makes it
  // build a tokenizer for every search: at 10,000 items that was more than half of each query's server time
  // (mean 15.0 -> 6.5 ms over the benchmark's 500 queries, same hits).
} as const;

export type SearchIndexSettings = typeof searchIndexSettings;
