/**
 * Paragraph pools that round off generated news bodies: a context paragraph per category, a quote,
 * and a closing line. Each pool entry exists in both languages so bg and en bodies match.
 */
import type { CategoryKey } from './taxonomy';
import type { Bilingual } from './types';

export const CONTEXT_BY_CATEGORY: Record<CategoryKey, readonly Bilingual[]> = {
  society: [
    {
      bg: 'Услугата е част от общинската програма за социално включване, която тази година обхваща над 1200 души в града и селата.',
      en: 'The service is part of the municipal social inclusion programme, which this year reaches more than 1,200 people in the town and the villages.',
    },
    {
      bg: 'Гражданите могат да получат допълнителна информация на телефона на Центъра за услуги и информация или в кметството на своето село.',
      en: 'Residents can find out more by calling the citizen service centre or at their village hall.',
    },
  ],
  infrastructure: [
    {
      bg: 'Обектът е включен в капиталовата програма на общината, приета от Общинския съвет в началото на годината. Строителният надзор се осъществява от независима фирма.',
      en: 'The project is part of the capital programme adopted by the municipal council at the start of the year. Construction is supervised by an independent firm.',
    },
    {
      bg: 'Общината се извинява на гражданите за временните неудобства. Актуална информация за ремонтите и обходните маршрути се публикува на картата на сайта.',
      en: 'The municipality apologises for the temporary inconvenience. Up-to-date information on works and diversions is published on the map on the website.',
    },
  ],
  culture: [
    {
      bg: 'Културният календар на общината включва над 120 събития годишно, повечето от тях с вход свободен.',
      en: 'The municipality\u2019s cultural calendar has more than 120 events a year, most of them free of charge.',
    },
    {
      bg: 'Събитията се организират съвместно с читалищата, Историческия музей и местните художествени състави.',
      en: 'The events are organised together with the community centres, the history museum and local ensembles.',
    },
  ],
  education: [
    {
      bg: 'В общината има пет училища и седем детски градини, в които учат и се възпитават над 2300 деца.',
      en: 'The municipality has five schools and seven kindergartens attended by more than 2,300 children.',
    },
    {
      bg: 'Общината осигурява безплатен транспорт до училище за всички деца от селата.',
      en: 'The municipality provides free school transport for all children from the villages.',
    },
  ],
  environment: [
    {
      bg: 'Опазването на Дунав и природен парк „Островите“ е сред приоритетите в програмата за околна среда на общината до 2030 г.',
      en: 'Protecting the Danube and the Islands nature park is a priority of the municipality\u2019s environmental programme to 2030.',
    },
    {
      bg: 'Сигнали за замърсяване и нерегламентирани сметища се приемат денонощно на телефона на общината и през мобилното приложение.',
      en: 'Reports of pollution and illegal dumping are taken around the clock by phone and through the mobile app.',
    },
  ],
  'economy-tourism': [
    {
      bg: 'Туризмът е един от най-бързо растящите отрасли в общината: броят на местата за настаняване се е удвоил за пет години.',
      en: 'Tourism is one of the fastest-growing sectors in the municipality: the number of beds has doubled in five years.',
    },
    {
      bg: 'Туристическият информационен център на кея работи всеки ден от 9:00 до 18:00 ч. и предлага карти на английски, немски и румънски език.',
      en: 'The tourist information centre on the quay is open every day from 9:00 to 18:00 and has maps in English, German and Romanian.',
    },
  ],
  sport: [
    {
      bg: 'Спортните бази на общината са отворени за граждани и клубове по график, публикуван на сайта.',
      en: 'The municipal sports facilities are open to residents and clubs on a timetable published on the website.',
    },
    {
      bg: 'Общината подпомага 14 спортни клуба с над 900 картотекирани състезатели.',
      en: 'The municipality supports 14 sports clubs with more than 900 registered athletes.',
    },
  ],
  council: [
    {
      bg: 'Решенията на Общинския съвет се публикуват на сайта в 7-дневен срок. Заседанията се излъчват на живо.',
      en: 'Council decisions are published on the website within seven days. Sessions are streamed live.',
    },
    {
      bg: 'Общинският съвет на Дунавец се състои от 29 общински съветници от пет политически групи.',
      en: 'The Dunavets municipal council has 29 councillors from five political groups.',
    },
  ],
  international: [
    {
      bg: 'Община Дунавец има споразумения за сътрудничество с градове и организации от 13 държави. Всички те са вписани в публичния регистър на международните споразумения.',
      en: 'Dunavets has cooperation agreements with towns and organisations in 13 countries. All are listed in the public register of international agreements.',
    },
    {
      bg: 'Сътрудничеството се финансира основно от програмите „Интеррег“ и „Еразъм+“.',
      en: 'The cooperation is funded mainly by the Interreg and Erasmus+ programmes.',
    },
  ],
};

export const QUOTES: readonly Bilingual[] = [
  {
    bg: 'Това е инвестиция в качеството на живот на всеки жител на общината – в града и в селата.',
    en: 'This is an investment in the quality of life of every resident, in the town and in the villages.',
  },
  {
    bg: 'Обещахме го и го изпълняваме. Благодаря на всички, които се включиха.',
    en: 'We promised it and we are delivering it. Thank you to everyone who took part.',
  },
  {
    bg: 'Искаме младите хора да виждат бъдещето си тук, на брега на Дунав.',
    en: 'We want young people to see their future here, on the bank of the Danube.',
  },
  {
    bg: 'Без доброволците и партньорите ни това нямаше да бъде възможно.',
    en: 'This would not have been possible without our volunteers and partners.',
  },
];

export const QUOTE_ATTRIBUTION: Bilingual = {
  bg: 'заяви кметът Мирослав Петков.',
  en: 'said Mayor Miroslav Petkov.',
};

export const MORE_INFO: Bilingual = {
  bg: 'Повече информация: пресцентър на Община Дунавец, тел. +359 99 000 120, ',
  en: 'More information: Dunavets press office, tel. +359 99 000 120, ',
};
