/**
 * The fictional municipality behind the demo. Dunavets does not exist: the name, people, addresses,
 * phone numbers and `.example` domains are invented, and every page says so (site-settings.demoNotice).
 */
import type { Bilingual } from './types';

export const MUNICIPALITY = {
  name: { bg: 'Община Дунавец', en: 'Dunavets Municipality' },
  town: { bg: 'Дунавец', en: 'Dunavets' },
  siteName: { bg: 'Глас на Дунавец', en: 'Voice of Dunavets' },
  address: {
    bg: 'пл. „Дунав“ № 1, 3999 Дунавец, България',
    en: '1 Dunav Square, 3999 Dunavets, Bulgaria',
  },
  phone: '+359 99 000 100',
  email: 'obshtina@dunavets.example',
  pressEmail: 'press@dunavets.example',
  website: 'https://dunavets.example',
  workingHours: {
    bg: 'Понеделник – петък: 8:30 – 17:00 без прекъсване. Центърът за услуги и информация приема граждани и в четвъртък до 19:00.',
    en: 'Monday to Friday, 8:30 to 17:00 without a lunch break. The citizen service centre stays open until 19:00 on Thursdays.',
  },
  mayor: { bg: 'кметът на общината Мирослав Петков', en: 'Mayor Miroslav Petkov' },
  mayorName: { bg: 'Мирослав Петков', en: 'Miroslav Petkov' },
  /** Villages of the municipality (invented). */
  villages: [
    { bg: 'Бреговица', en: 'Bregovitsa' },
    { bg: 'Островче', en: 'Ostrovche' },
    { bg: 'Ясенково', en: 'Yasenkovo' },
    { bg: 'Калиновец', en: 'Kalinovets' },
    { bg: 'Върбово поле', en: 'Varbovo Pole' },
  ] satisfies Bilingual[],
  demoNotice: {
    bg: 'Това е демонстрационно съдържание. Община Дунавец е измислена община; хората, адресите, телефоните и събитията на този сайт не са реални.',
    en: 'This is demo content. Dunavets Municipality is fictional; the people, addresses, phone numbers and events on this site are not real.',
  },
  socialAccounts: [
    { network: 'facebook', url: 'https://facebook.example/obshtina.dunavets' },
    { network: 'mastodon', url: 'https://mastodon.example/@dunavets' },
    { network: 'bluesky', url: 'https://bsky.example/profile/dunavets.example' },
    { network: 'telegram', url: 'https://t.example/obshtina_dunavets' },
    { network: 'youtube', url: 'https://youtube.example/@obshtinadunavets' },
  ],
} as const;

export const PRESS_ROOM = {
  intro: {
    bg: 'Добре дошли в пресцентъра на Община Дунавец. Тук публикуваме прессъобщенията на общината, календара на пресконференциите и брифингите, снимки за свободно използване и контактите на екипа за връзки с обществеността. Журналистите могат да се абонират за прессъобщенията чрез RSS.',
    en: 'Welcome to the press room of Dunavets Municipality. Here you will find our press releases, the calendar of press conferences and briefings, photos you may use, and the contacts of the public relations team. Journalists can follow the press releases by RSS.',
  },
  boilerplate: {
    bg: 'Община Дунавец (демонстрационна) обхваща град Дунавец и пет села по българския бряг на Дунав. В общината живеят около 18 400 души. Дунавец е пристанищен град с винарски традиции, природен парк „Островите“ и едно от най-старите читалища в Северна България. Общината развива речния туризъм, енергийната ефективност и дигиталните услуги за гражданите.',
    en: 'Dunavets Municipality (a demo) covers the town of Dunavets and five villages on the Bulgarian bank of the Danube, with about 18,400 residents. Dunavets is a river port with a wine-making tradition, the Islands nature park and one of the oldest community centres in Northern Bulgaria. The municipality invests in river tourism, energy efficiency and digital services for citizens.',
  },
  mediaKitIntro: {
    bg: 'Снимките и логата в медийния пакет могат да се използват от медиите при спазване на посочения лиценз и с посочване на автора. За снимки с висока резолюция или за заснемане на място се свържете с пресцентъра.',
    en: 'The photos and logos in the media kit may be used by the media under the licence shown and with the credit given. For high-resolution files or to arrange filming on location, contact the press office.',
  },
} as const;
