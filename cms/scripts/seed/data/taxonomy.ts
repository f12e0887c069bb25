/** Categories and tags of the demo newsroom; `key` is the stable English slug used to link items. */
import type { Bilingual } from './types';

export interface CategoryData {
  key: string;
  name: Bilingual;
  description: Bilingual;
}

export const CATEGORIES = [
  {
    key: 'society',
    name: { bg: 'Общество', en: 'Society' },
    description: {
      bg: 'Социални услуги, здравеопазване и гражданско участие.',
      en: 'Social services, health care and civic participation.',
    },
  },
  {
    key: 'infrastructure',
    name: { bg: 'Инфраструктура', en: 'Infrastructure' },
    description: {
      bg: 'Пътища, улици, водопровод, осветление и обществен транспорт.',
      en: 'Roads, streets, water supply, lighting and public transport.',
    },
  },
  {
    key: 'culture',
    name: { bg: 'Култура', en: 'Culture' },
    description: {
      bg: 'Читалища, музеи, фестивали и културно наследство.',
      en: 'Community centres, museums, festivals and heritage.',
    },
  },
  {
    key: 'education',
    name: { bg: 'Образование', en: 'Education' },
    description: {
      bg: 'Детски градини, училища и обучения за възрастни.',
      en: 'Kindergartens, schools and adult learning.',
    },
  },
  {
    key: 'environment',
    name: { bg: 'Околна среда', en: 'Environment' },
    description: {
      bg: 'Чистота, зелени площи, река Дунав и климат.',
      en: 'Cleanliness, green spaces, the Danube and the climate.',
    },
  },
  {
    key: 'economy-tourism',
    name: { bg: 'Икономика и туризъм', en: 'Economy and tourism' },
    description: {
      bg: 'Инвестиции, местен бизнес, пристанище и речен туризъм.',
      en: 'Investment, local business, the port and river tourism.',
    },
  },
  {
    key: 'sport',
    name: { bg: 'Спорт', en: 'Sport' },
    description: {
      bg: 'Спортни бази, клубове и състезания.',
      en: 'Sports facilities, clubs and competitions.',
    },
  },
  {
    key: 'council',
    name: { bg: 'Общински съвет', en: 'Municipal council' },
    description: {
      bg: 'Решения, бюджет и заседания на Общинския съвет.',
      en: 'Decisions, budget and sessions of the municipal council.',
    },
  },
  {
    key: 'international',
    name: { bg: 'Международно сътрудничество', en: 'International cooperation' },
    description: {
      bg: 'Побратимени градове, партньорства и европейски проекти.',
      en: 'Twin towns, partnerships and European projects.',
    },
  },
] as const satisfies readonly CategoryData[];

export type CategoryKey = (typeof CATEGORIES)[number]['key'];

export const TAGS = [
  { key: 'danube', name: { bg: 'Дунав', en: 'Danube' } },
  { key: 'eu-projects', name: { bg: 'европейски проекти', en: 'EU projects' } },
  { key: 'youth', name: { bg: 'младежи', en: 'youth' } },
  { key: 'roads', name: { bg: 'пътища', en: 'roads' } },
  { key: 'community-centre', name: { bg: 'читалище', en: 'community centre' } },
  { key: 'festival', name: { bg: 'фестивал', en: 'festival' } },
  { key: 'energy-efficiency', name: { bg: 'енергийна ефективност', en: 'energy efficiency' } },
  { key: 'cycling', name: { bg: 'велоалеи', en: 'cycling' } },
  { key: 'budget', name: { bg: 'бюджет', en: 'budget' } },
  { key: 'e-services', name: { bg: 'електронни услуги', en: 'e-services' } },
  { key: 'trees', name: { bg: 'залесяване', en: 'tree planting' } },
  { key: 'volunteers', name: { bg: 'доброволци', en: 'volunteers' } },
  { key: 'tourism', name: { bg: 'туризъм', en: 'tourism' } },
  { key: 'schools', name: { bg: 'училища', en: 'schools' } },
  { key: 'civil-protection', name: { bg: 'гражданска защита', en: 'civil protection' } },
  { key: 'port', name: { bg: 'пристанище', en: 'port' } },
  { key: 'twin-towns', name: { bg: 'побратимени градове', en: 'twin towns' } },
  { key: 'accessibility', name: { bg: 'достъпност', en: 'accessibility' } },
] as const satisfies readonly { key: string; name: Bilingual }[];

export type TagKey = (typeof TAGS)[number]['key'];
