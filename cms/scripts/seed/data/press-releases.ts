/**
 * Twelve press releases. Reference numbers (PR-YYYY-NNN) are left to the CMS. Two are embargoed: one
 * whose embargo has passed (public) and one a few days in the future (scheduled, not public yet).
 */
import type { CategoryKey } from './taxonomy';
import type { Bilingual } from './types';

export interface PressReleaseData {
  title: Bilingual;
  summary: Bilingual;
  /** Paragraphs separated by blank lines. */
  body: Bilingual;
  /** Optional bullet list of key facts. */
  facts?: Bilingual<string[]>;
  /** Release date relative to the seed run, in days (negative: past), at `hour` Sofia time. */
  releaseInDays: number;
  hour: number;
  /** 'passed': embargoed until the release time, already over; 'future': still under embargo. */
  embargo?: 'passed' | 'future';
  category: CategoryKey;
  contacts: string[];
  mediaAssets: string[];
  /** Attach a generated PDF fact sheet. */
  factSheet?: boolean;
  syndicate?: boolean;
}

export const PRESS_RELEASES: readonly PressReleaseData[] = [
  {
    title: {
      bg: 'Община Дунавец получава 4,2 млн. лв. за енергийно обновяване на обществени сгради',
      en: 'Dunavets Municipality receives 4.2 million leva for energy renovation of public buildings',
    },
    summary: {
      bg: 'Общината подписа договор за безвъзмездна финансова помощ за обновяване на читалището, две училища и спортна зала.',
      en: 'The municipality signed a grant agreement to renovate the community centre, two schools and a sports hall.',
    },
    body: {
      bg: 'Община Дунавец подписа договор за безвъзмездна финансова помощ на стойност 4,2 млн. лв. по Програма „Развитие на регионите“. Средствата ще бъдат вложени в енергийното обновяване на четири обществени сгради.\n\nОчакваното намаление на разходите за енергия е над 55 %, а на въглеродните емисии – 610 тона годишно. Изпълнението започва през пролетта и ще продължи 18 месеца.',
      en: 'Dunavets Municipality has signed a 4.2 million leva grant agreement under the Regional Development Programme. The money will be spent on the energy renovation of four public buildings.\n\nEnergy costs are expected to fall by more than 55% and carbon emissions by 610 tonnes a year. Work starts in the spring and will take 18 months.',
    },
    facts: {
      bg: [
        'читалище „Светлина 1871“',
        'СУ „Христо Ботев“',
        'ОУ „Васил Левски“ – Бреговица',
        'спортна зала „Дунав“',
      ],
      en: [
        'Svetlina 1871 community centre',
        'Hristo Botev secondary school',
        'Vasil Levski primary school, Bregovitsa',
        'Danube sports hall',
      ],
    },
    releaseInDays: -160,
    hour: 10,
    category: 'infrastructure',
    contacts: ['ivelina-stoyanova'],
    mediaAssets: ['community-centre', 'sports-hall'],
    factSheet: true,
    syndicate: true,
  },
  {
    title: {
      bg: 'Кампанията „Чист Дунав“ стартира с пресконференция',
      en: 'Clean Danube campaign launched at a press conference',
    },
    summary: {
      bg: 'Кметът и партньорите представиха графика на почистванията по брега и начина за записване на доброволци.',
      en: 'The mayor and partners presented the bank clean-up schedule and how to sign up as a volunteer.',
    },
    body: {
      bg: 'Кампанията ще продължи до края на сезона. Почистванията се провеждат всяка събота от 9:00 ч., като сборните пунктове се обявяват на сайта на общината в четвъртък.\n\nЗаписването е онлайн или на телефона на Центъра за услуги и информация.',
      en: 'The campaign will run until the end of the season. Clean-ups take place every Saturday from 9:00; meeting points are announced on the municipal website on Thursdays.\n\nSign up online or by calling the citizen service centre.',
    },
    releaseInDays: -148,
    hour: 12,
    category: 'environment',
    contacts: ['ivelina-stoyanova', 'desislava-koleva'],
    mediaAssets: ['river-morning', 'quay-sunset'],
  },
  {
    title: {
      bg: 'Общинският съвет прие бюджет с рекордна инвестиционна програма',
      en: 'Municipal council adopts a budget with a record investment programme',
    },
    summary: {
      bg: 'Капиталовите разходи достигат 11,6 млн. лв., с 18 % повече от миналата година.',
      en: 'Capital spending reaches 11.6 million leva, 18% more than last year.',
    },
    body: {
      bg: 'Бюджетът на Община Дунавец е балансиран в размер на 38,4 млн. лв. Приоритет остават пътищата, образованието и енергийната ефективност.\n\nЗа първи път 300 000 лв. ще бъдат разпределени чрез гражданско бюджетиране – гражданите сами ще предложат и изберат проектите.',
      en: 'The Dunavets budget is balanced at 38.4 million leva. Roads, education and energy efficiency remain the priorities.\n\nFor the first time, 300,000 leva will be allocated through participatory budgeting: residents will propose and choose the projects themselves.',
    },
    facts: {
      bg: [
        'общ размер: 38,4 млн. лв.',
        'капиталови разходи: 11,6 млн. лв.',
        'гражданско бюджетиране: 300 000 лв.',
      ],
      en: [
        'total: 38.4 million leva',
        'capital spending: 11.6 million leva',
        'participatory budgeting: 300,000 leva',
      ],
    },
    releaseInDays: -108,
    hour: 16,
    category: 'council',
    contacts: ['georgi-marinov'],
    mediaAssets: ['town-hall'],
    factSheet: true,
    syndicate: true,
  },
  {
    title: { bg: 'Мерки при високото ниво на река Дунав', en: 'Measures for the high level of the Danube' },
    summary: {
      bg: 'Щабът за защита при бедствия въвежда денонощно наблюдение на дигите и забранява достъпа до плажа.',
      en: 'The disaster protection staff orders round-the-clock monitoring of the dykes and closes the beach.',
    },
    body: {
      bg: 'Нивото на Дунав при Дунавец достигна 7,4 метра и продължава да се покачва. Няма непосредствена опасност за населените места.\n\nГражданите трябва да не доближават дигите и брега и да следят съобщенията на общината. Денонощен телефон на щаба: +359 99 000 112.',
      en: 'The Danube at Dunavets has reached 7.4 metres and is still rising. There is no immediate danger to inhabited areas.\n\nResidents should keep away from the dykes and the bank and follow the municipality\u2019s announcements. The operations room is staffed 24 hours a day on +359 99 000 112.',
    },
    releaseInDays: -85,
    hour: 9,
    category: 'society',
    contacts: ['georgi-marinov', 'desislava-koleva'],
    mediaAssets: ['flood-dyke', 'winter-river'],
    syndicate: true,
  },
  {
    title: {
      bg: 'Нов пътнически терминал на Пристанище Дунавец',
      en: 'New passenger terminal at the Port of Dunavets',
    },
    summary: {
      bg: 'Инвестицията от 7,8 млн. лв. ще позволи акостирането на круизни кораби с до 400 пътници.',
      en: 'The 7.8 million leva investment will allow river cruise ships with up to 400 passengers to berth.',
    },
    body: {
      bg: 'Пристанище Дунавец ЕАД и общината представиха проекта за нов пътнически терминал. Предвиждат се понтон с дължина 120 м, чакалня и туристически информационен център.\n\nСтроителството трябва да приключи преди началото на круизния сезон след две години.',
      en: 'The Port of Dunavets and the municipality presented the project for a new passenger terminal: a 120-metre pontoon, a waiting hall and a tourist information centre.\n\nConstruction is due to finish before the cruise season two years from now.',
    },
    releaseInDays: -21,
    hour: 15,
    category: 'economy-tourism',
    contacts: ['ivelina-stoyanova', 'nikolay-dimitrov'],
    mediaAssets: ['port-cranes', 'ferry'],
    factSheet: true,
  },
  {
    title: {
      bg: 'Открит е обновеният двор на СУ „Христо Ботев“',
      en: 'Renovated yard of Hristo Botev school opens',
    },
    summary: {
      bg: 'Училищният двор има нови спортни площадки, беседки за занятия на открито и 40 нови дървета.',
      en: 'The school yard has new sports grounds, pavilions for outdoor lessons and 40 new trees.',
    },
    body: {
      bg: 'Обновяването струва 480 000 лв., от които 35 000 лв. са дарения от родители и местни фирми. Дворът е отворен за жителите на квартала след края на учебните часове.',
      en: 'The renovation cost 480,000 leva, including 35,000 leva donated by parents and local businesses. The yard is open to local residents after school hours.',
    },
    releaseInDays: -33,
    hour: 12,
    category: 'education',
    contacts: ['desislava-koleva'],
    mediaAssets: ['school-yard'],
  },
  {
    title: {
      bg: 'Завърши кампанията „Чист Дунав“: 18,4 тона отпадъци по-малко',
      en: 'Clean Danube campaign ends: 18.4 tonnes less waste',
    },
    summary: {
      bg: 'В кампанията участваха 612 доброволци, които почистиха 37,5 км от бреговата ивица.',
      en: '612 volunteers took part and cleaned 37.5 km of the river bank.',
    },
    body: {
      bg: 'Кампанията надмина целите си по дължина на почистения бряг и брой доброволци. Събраните пластмаса и метал са предадени за рециклиране.\n\nОбщината благодари на партньорите си – Пристанище Дунавец ЕАД, сдружението на рибарите „Моруна“ и екосдружение „Зелен бряг“.',
      en: 'The campaign exceeded its goals for length of bank cleaned and number of volunteers. The plastic and metal collected have gone for recycling.\n\nThe municipality thanks its partners: the Port of Dunavets, the Moruna Anglers\u2019 Association and the Green Bank Eco Association.',
    },
    releaseInDays: -18,
    hour: 11,
    category: 'environment',
    contacts: ['ivelina-stoyanova'],
    mediaAssets: ['cleanup-volunteers', 'river-morning'],
    syndicate: true,
  },
  {
    title: { bg: 'Нов участък от велоалеята по дигата', en: 'New section of the cycle path on the dyke' },
    summary: {
      bg: 'Велоалеята от Дунавец до Бреговица е дълга 5,6 км и е изградена по програма „Интеррег“.',
      en: 'The 5.6 km cycle path from Dunavets to Bregovitsa was built with Interreg funding.',
    },
    body: {
      bg: 'Участъкът е част от европейския веломаршрут „Евровело 6“ по поречието на Дунав. По трасето има три места за почивка и информационни табели на български и английски език.',
      en: 'The section is part of the EuroVelo 6 route along the Danube. It has three rest areas and information boards in Bulgarian and English.',
    },
    releaseInDays: -59,
    hour: 10,
    category: 'infrastructure',
    contacts: ['nikolay-dimitrov'],
    mediaAssets: ['bike-lane'],
  },
  {
    title: {
      bg: 'Дунавец домакинства форум на побратимените градове',
      en: 'Dunavets to host the twin towns forum',
    },
    summary: {
      bg: 'Делегации от шест държави ще обсъдят общи проекти и ще подпишат меморандум за речен туризъм.',
      en: 'Delegations from six countries will discuss joint projects and sign a memorandum on river tourism.',
    },
    body: {
      bg: 'Форумът ще се проведе в читалище „Светлина 1871“. Журналистите могат да се акредитират в пресцентъра на общината.',
      en: 'The forum will take place at the Svetlina 1871 community centre. Journalists can register with the municipal press office.',
    },
    releaseInDays: -6,
    hour: 10,
    category: 'international',
    contacts: ['nikolay-dimitrov', 'desislava-koleva'],
    mediaAssets: ['town-panorama'],
  },
  {
    title: {
      bg: 'Ремонт на пътя Дунавец – Ясенково: организация на движението',
      en: 'Dunavets–Yasenkovo road repairs: traffic arrangements',
    },
    summary: {
      bg: 'По време на ремонта движението ще бъде в една лента, регулирано с временни светофари.',
      en: 'During the repairs traffic will use one lane controlled by temporary traffic lights.',
    },
    body: {
      bg: 'Ремонтът започва в понеделник и ще продължи 90 дни. Автобусите по линията Дунавец – Ясенково ще се движат по обичайното разписание с до 10 минути закъснение.',
      en: 'Work begins on Monday and will last 90 days. Buses on the Dunavets–Yasenkovo line will keep to the usual timetable, with delays of up to 10 minutes.',
    },
    releaseInDays: -2,
    hour: 10,
    embargo: 'passed',
    category: 'infrastructure',
    contacts: ['georgi-marinov'],
    mediaAssets: ['fields-yasenkovo'],
    syndicate: true,
  },
  {
    title: { bg: 'Откриване на детската градина в Ясенково', en: 'Opening of the Yasenkovo kindergarten' },
    summary: {
      bg: 'Новата детска градина е първата сграда с почти нулево потребление на енергия в общината.',
      en: 'The new kindergarten is the municipality\u2019s first nearly zero-energy building.',
    },
    body: {
      bg: 'Детската градина ще приема 72 деца в четири групи. Сградата е построена за 14 месеца със средства от Националния план за възстановяване и устойчивост.',
      en: 'The kindergarten will take 72 children in four groups. It was built in 14 months with funding from the National Recovery and Resilience Plan.',
    },
    releaseInDays: -29,
    hour: 14,
    category: 'education',
    contacts: ['ivelina-stoyanova'],
    mediaAssets: ['kindergarten'],
  },
  {
    title: {
      bg: 'Община Дунавец обявява резултатите от гражданското бюджетиране',
      en: 'Dunavets Municipality announces the participatory budgeting results',
    },
    summary: {
      bg: 'Гражданите избраха седем проекта, които ще бъдат изпълнени през следващата година.',
      en: 'Residents have chosen seven projects to be carried out next year.',
    },
    body: {
      bg: 'В гласуването участваха 3 418 жители на общината. Спечелилите проекти включват детска площадка в Островче, ремонт на читалището в Калиновец и осветление на стадиона.\n\nПълните резултати ще бъдат публикувани на сайта в деня на съобщението.',
      en: '3,418 residents voted. The winning projects include a playground in Ostrovche, repairs to the Kalinovets community centre and lighting for the stadium.\n\nThe full results will be published on the website on the day of the announcement.',
    },
    releaseInDays: 3,
    hour: 10,
    embargo: 'future',
    category: 'council',
    contacts: ['georgi-marinov'],
    mediaAssets: ['market-square'],
    syndicate: true,
  },
];
