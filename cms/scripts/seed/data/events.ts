/** Twenty events spread over the months before and after the day the seed runs. */
import type { CategoryKey } from './taxonomy';
import type { Bilingual } from './types';

export type EventKind =
  | 'press_conference'
  | 'briefing'
  | 'exhibition'
  | 'presentation'
  | 'official_ceremony'
  | 'public_consultation'
  | 'cultural'
  | 'sport'
  | 'other';

export interface VenueData {
  name: Bilingual;
  address: Bilingual;
  latitude: number;
  longitude: number;
}

/** Places in the invented town; the coordinates sit on the Bulgarian Danube bank. */
export const VENUES = {
  townHall: {
    name: { bg: 'Общинска администрация, зала 2', en: 'Municipal building, room 2' },
    address: { bg: 'пл. „Дунав“ № 1, Дунавец', en: '1 Dunav Square, Dunavets' },
    latitude: 43.741215,
    longitude: 24.614302,
  },
  communityCentre: {
    name: { bg: 'Читалище „Светлина 1871“', en: 'Svetlina 1871 community centre' },
    address: { bg: 'ул. „Търговска“ № 12, Дунавец', en: '12 Targovska Street, Dunavets' },
    latitude: 43.742108,
    longitude: 24.611847,
  },
  quay: {
    name: { bg: 'Кеят, лятна сцена', en: 'The quay, summer stage' },
    address: { bg: 'Крайбрежна алея, Дунавец', en: 'Riverside walk, Dunavets' },
    latitude: 43.744019,
    longitude: 24.617023,
  },
  sportsHall: {
    name: { bg: 'Спортна зала „Дунав“', en: 'Danube sports hall' },
    address: { bg: 'бул. „Дунав“ № 48, Дунавец', en: '48 Dunav Boulevard, Dunavets' },
    latitude: 43.738527,
    longitude: 24.620114,
  },
  museum: {
    name: { bg: 'Исторически музей', en: 'History museum' },
    address: { bg: 'ул. „Търговска“ № 5, Дунавец', en: '5 Targovska Street, Dunavets' },
    latitude: 43.741803,
    longitude: 24.610925,
  },
  bregovitsa: {
    name: { bg: 'Площадът на Бреговица', en: 'Bregovitsa village square' },
    address: { bg: 'с. Бреговица, общ. Дунавец', en: 'Bregovitsa village, Dunavets Municipality' },
    latitude: 43.729044,
    longitude: 24.582016,
  },
  port: {
    name: { bg: 'Пристанище Дунавец, пътнически терминал', en: 'Port of Dunavets, passenger terminal' },
    address: { bg: 'ул. „Пристанищна“ № 1, Дунавец', en: '1 Pristanishtna Street, Dunavets' },
    latitude: 43.745531,
    longitude: 24.625048,
  },
  islands: {
    name: { bg: 'Посетителски център „Островите“', en: 'Islands visitor centre' },
    address: { bg: 'м. „Адата“, Дунавец', en: 'Adata area, Dunavets' },
    latitude: 43.751012,
    longitude: 24.640087,
  },
  school: {
    name: { bg: 'СУ „Христо Ботев“', en: 'Hristo Botev secondary school' },
    address: { bg: 'ул. „Училищна“ № 3, Дунавец', en: '3 Uchilishtna Street, Dunavets' },
    latitude: 43.739874,
    longitude: 24.608412,
  },
} as const satisfies Record<string, VenueData>;

export type VenueKey = keyof typeof VENUES;

export interface EventData {
  key: string;
  title: Bilingual;
  summary: Bilingual;
  description: Bilingual;
  startInDays: number;
  /** Start time in Sofia, [hour, minute]; ignored for all-day events. */
  startTime: readonly [number, number];
  /** Duration in hours, or for all-day events the number of days. */
  duration: number;
  allDay?: boolean;
  venue: VenueKey;
  kind: EventKind;
  isPressEvent?: boolean;
  accreditation?: Bilingual;
  /** An editor's choice that overrides the status derived from dates. */
  status?: 'cancelled' | 'postponed' | 'moved_online';
  image?: string;
  registrationUrl?: string;
  accessibility?: Bilingual;
  category: CategoryKey;
  campaign?: string;
  /** Left unpublished: proves drafts never reach the site. */
  draft?: boolean;
}

const PRESS_ACCREDITATION: Bilingual = {
  bg: 'Акредитация до 17:00 ч. в деня преди събитието на press@dunavets.example с име, медия и телефон. Операторите имат място за статив в дъното на залата.',
  en: 'Register by 17:00 on the day before the event at press@dunavets.example with your name, outlet and phone number. Camera crews have tripod space at the back of the room.',
};
const STEP_FREE: Bilingual = {
  bg: 'Достъп без стъпала, рампа откъм ул. „Училищна“; тоалетна за хора с увреждания на партера. Жестов превод при заявка до 3 дни по-рано.',
  en: 'Step-free access by the ramp on Uchilishtna Street; accessible toilet on the ground floor. Sign language interpretation on request three days ahead.',
};
const OUTDOOR: Bilingual = {
  bg: 'Събитието е на открито, на равен терен с пясъчни участъци. Има места за сядане и сянка.',
  en: 'The event is outdoors on level ground with some sandy stretches. Seating and shade are available.',
};

export const EVENTS: readonly EventData[] = [
  {
    key: 'budget-public-consultation',
    title: { bg: 'Обществено обсъждане на бюджета', en: 'Public consultation on the budget' },
    summary: {
      bg: 'Кметът представя проекта на бюджет за следващата година и отговаря на въпроси на гражданите.',
      en: 'The mayor presents the draft budget for next year and answers residents\u2019 questions.',
    },
    description: {
      bg: 'Проектът на бюджет е публикуван на сайта 14 дни преди обсъждането. Предложения се приемат и писмено в деловодството.\n\nОбсъждането се излъчва на живо в официалния канал на общината.',
      en: 'The draft budget was published on the website 14 days before the consultation. Written proposals are also accepted at the registry office.\n\nThe consultation is streamed live on the municipality\u2019s official channel.',
    },
    startInDays: -118,
    startTime: [17, 30],
    duration: 2.5,
    venue: 'communityCentre',
    kind: 'public_consultation',
    category: 'council',
    accessibility: STEP_FREE,
    image: 'community-centre',
  },
  {
    key: 'clean-danube-launch',
    title: { bg: 'Старт на кампанията „Чист Дунав“', en: 'Launch of the Clean Danube campaign' },
    summary: {
      bg: 'Пресконференция за началото на кампанията за почистване на дунавския бряг.',
      en: 'Press conference on the start of the campaign to clean the Danube bank.',
    },
    description: {
      bg: 'Кметът и партньорите от пристанището и рибарското сдружение представят графика на почистванията и начина за записване на доброволци.',
      en: 'The mayor and partners from the port and the anglers\u2019 association present the clean-up schedule and how volunteers can sign up.',
    },
    startInDays: -148,
    startTime: [11, 0],
    duration: 1,
    venue: 'townHall',
    kind: 'press_conference',
    isPressEvent: true,
    accreditation: PRESS_ACCREDITATION,
    category: 'environment',
    campaign: 'clean-danube',
    image: 'press-conference-hall',
    accessibility: STEP_FREE,
  },
  {
    key: 'archive-exhibition',
    title: { bg: 'Изложба „150 години читалище“', en: 'Exhibition: 150 years of the community centre' },
    summary: {
      bg: 'Архивни снимки, писма и театрални програми от фонда на читалище „Светлина 1871“.',
      en: 'Archive photographs, letters and playbills from the Svetlina 1871 community centre.',
    },
    description: {
      bg: 'Изложбата показва за пръв път 120 дигитализирани документа. Вход свободен.\n\nЕкскурзоводски беседи всяка събота в 11:00 ч.',
      en: 'The exhibition shows 120 digitised documents for the first time. Admission is free.\n\nGuided tours every Saturday at 11:00.',
    },
    startInDays: -95,
    startTime: [0, 0],
    duration: 45,
    allDay: true,
    venue: 'museum',
    kind: 'exhibition',
    category: 'culture',
    campaign: 'living-heritage',
    image: 'archive-1960',
    accessibility: {
      bg: 'Музеят е достъпен с асансьор. Описания на експонатите и на английски език.',
      en: 'The museum has a lift. Exhibit labels are also in English.',
    },
  },
  {
    key: 'tree-planting-day',
    title: { bg: 'Ден на залесяването в Калиновец', en: 'Tree planting day in Kalinovets' },
    summary: {
      bg: 'Засаждаме 800 летни дъба в защитния пояс край Калиновец. Инструменти и фиданки осигурява общината.',
      en: 'We are planting 800 oaks in the shelter belt near Kalinovets. The municipality provides tools and saplings.',
    },
    description: {
      bg: 'Сборен пункт – площадът на Калиновец в 9:00 ч. Автобус тръгва от пл. „Дунав“ в 8:30 ч.',
      en: 'Meeting point: Kalinovets square at 9:00. A bus leaves Dunav Square at 8:30.',
    },
    startInDays: -55,
    startTime: [9, 0],
    duration: 4,
    venue: 'bregovitsa',
    kind: 'other',
    category: 'environment',
    campaign: 'green-dunavets',
    image: 'tree-planting',
    accessibility: OUTDOOR,
    registrationUrl: 'https://dunavets.example/zelen-dunavets/zapisvane',
  },
  {
    key: 'flood-briefing',
    title: { bg: 'Брифинг за нивото на Дунав', en: 'Briefing on the Danube water level' },
    summary: {
      bg: 'Щабът за защита при бедствия информира за мерките при очакваното пълноводие.',
      en: 'The disaster protection staff explains the measures for the expected high water.',
    },
    description: {
      bg: 'Участват кметът, началникът на пожарната служба и представител на Басейнова дирекция. Дигата при Върбово поле е под денонощно наблюдение.',
      en: 'With the mayor, the head of the fire service and a representative of the river basin directorate. The dyke at Varbovo Pole is monitored around the clock.',
    },
    startInDays: -84,
    startTime: [10, 0],
    duration: 0.75,
    venue: 'townHall',
    kind: 'briefing',
    isPressEvent: true,
    accreditation: PRESS_ACCREDITATION,
    category: 'society',
    image: 'flood-dyke',
    accessibility: STEP_FREE,
  },
  {
    key: 'regatta-cup',
    title: { bg: 'Регата „Купа Дунавец“', en: 'Dunavets Cup regatta' },
    summary: {
      bg: 'Международна гребна регата с участници от България, Румъния, Сърбия и Унгария.',
      en: 'International rowing regatta with crews from Bulgaria, Romania, Serbia and Hungary.',
    },
    description: {
      bg: 'Стартът е при гребната база, финалът – пред кея. Най-добрите места за зрители са на крайбрежната алея.',
      en: 'The start is at the rowing centre and the finish in front of the quay. The best spots for spectators are on the riverside walk.',
    },
    startInDays: -140,
    startTime: [10, 0],
    duration: 7,
    venue: 'quay',
    kind: 'sport',
    category: 'sport',
    image: 'regatta',
    accessibility: OUTDOOR,
  },
  {
    key: 'school-yard-opening',
    title: { bg: 'Откриване на обновения училищен двор', en: 'Opening of the renovated school yard' },
    summary: {
      bg: 'Официално откриване на спортните площадки в двора на СУ „Христо Ботев“.',
      en: 'Official opening of the sports grounds in the yard of Hristo Botev secondary school.',
    },
    description: {
      bg: 'Дворът е обновен със средства от общинския бюджет и дарения на родители. Следва приятелски турнир по волейбол.',
      en: 'The yard was renovated with money from the municipal budget and donations from parents. A friendly volleyball tournament follows.',
    },
    startInDays: -33,
    startTime: [10, 30],
    duration: 2,
    venue: 'school',
    kind: 'official_ceremony',
    isPressEvent: true,
    accreditation: PRESS_ACCREDITATION,
    category: 'education',
    campaign: 'safe-to-school',
    image: 'school-yard',
    accessibility: STEP_FREE,
  },
  {
    key: 'port-investment-presentation',
    title: {
      bg: 'Представяне на инвестицията в пътническия терминал',
      en: 'Presentation of the passenger terminal investment',
    },
    summary: {
      bg: 'Пристанище Дунавец и общината представят проекта за нов пътнически терминал за круизни кораби.',
      en: 'The Port of Dunavets and the municipality present the project for a new passenger terminal for river cruise ships.',
    },
    description: {
      bg: 'Проектът предвижда нов понтон, чакалня и туристически информационен център. Представят се архитектурният проект и графикът.',
      en: 'The project includes a new pontoon, a waiting hall and a tourist information centre. The architectural design and the timetable are presented.',
    },
    startInDays: -21,
    startTime: [14, 0],
    duration: 1.5,
    venue: 'port',
    kind: 'presentation',
    isPressEvent: true,
    accreditation: PRESS_ACCREDITATION,
    category: 'economy-tourism',
    image: 'port-cranes',
    accessibility: { bg: 'Терминалът е достъпен без стъпала.', en: 'The terminal has step-free access.' },
  },
  {
    key: 'council-session-briefing',
    title: {
      bg: 'Брифинг след сесията на Общинския съвет',
      en: 'Briefing after the municipal council session',
    },
    summary: {
      bg: 'Председателят на Общинския съвет коментира приетите решения.',
      en: 'The chair of the municipal council comments on the decisions adopted.',
    },
    description: {
      bg: 'Брифингът се провежда непосредствено след края на заседанието.',
      en: 'The briefing takes place right after the session ends.',
    },
    startInDays: -7,
    startTime: [13, 0],
    duration: 0.5,
    venue: 'townHall',
    kind: 'briefing',
    isPressEvent: true,
    accreditation: PRESS_ACCREDITATION,
    category: 'council',
    accessibility: STEP_FREE,
    image: 'town-hall',
  },
  {
    key: 'museum-lecture-cancelled',
    title: { bg: 'Лекция „Римската крепост при Дунавец“', en: 'Lecture: the Roman fort near Dunavets' },
    summary: {
      bg: 'Лекцията е отменена поради заболяване на лектора. Новата дата ще бъде обявена.',
      en: 'The lecture is cancelled because the speaker is ill. A new date will be announced.',
    },
    description: {
      bg: 'Закупените билети ще бъдат възстановени на касата на музея до края на месеца.',
      en: 'Tickets will be refunded at the museum desk until the end of the month.',
    },
    startInDays: 3,
    startTime: [18, 0],
    duration: 1.5,
    venue: 'museum',
    kind: 'cultural',
    status: 'cancelled',
    category: 'culture',
    image: 'museum-night',
  },
  {
    key: 'cycle-path-consultation-online',
    title: {
      bg: 'Обсъждане на трасето на велоалеята до Островче',
      en: 'Consultation on the cycle path route to Ostrovche',
    },
    summary: {
      bg: 'Обсъждането ще се проведе онлайн. Връзката се изпраща на записалите се.',
      en: 'The consultation will take place online. The link is sent to those who register.',
    },
    description: {
      bg: 'Поради ремонт в залата на читалището обсъждането е преместено онлайн. Картата на трите варианта на трасето е публикувана на сайта.',
      en: 'Because the community centre hall is under repair, the consultation has moved online. A map of the three route options is on the website.',
    },
    startInDays: 6,
    startTime: [18, 30],
    duration: 2,
    venue: 'communityCentre',
    kind: 'public_consultation',
    status: 'moved_online',
    category: 'infrastructure',
    campaign: 'safe-to-school',
    registrationUrl: 'https://dunavets.example/obsazhdane/veloaleya',
    image: 'bike-lane',
    accessibility: {
      bg: 'Онлайн срещата има автоматични субтитри. Може да участвате и по телефона.',
      en: 'The online meeting has automatic captions. You can also join by phone.',
    },
  },
  {
    key: 'mayor-quarterly-press-conference',
    title: { bg: 'Тримесечна пресконференция на кмета', en: 'Mayor\u2019s quarterly press conference' },
    summary: {
      bg: 'Кметът отчита изпълнението на инвестиционната програма и отговаря на въпроси на журналисти.',
      en: 'The mayor reports on the investment programme and answers journalists\u2019 questions.',
    },
    description: {
      bg: 'Теми: ремонтите на пътя за Ясенково, новата детска градина, кампанията „Безопасно до училище“.',
      en: 'Topics: the Yasenkovo road repairs, the new kindergarten and the Safe to school campaign.',
    },
    startInDays: 9,
    startTime: [11, 0],
    duration: 1,
    venue: 'townHall',
    kind: 'press_conference',
    isPressEvent: true,
    accreditation: PRESS_ACCREDITATION,
    category: 'council',
    image: 'press-conference-hall',
    accessibility: STEP_FREE,
  },
  {
    key: 'danube-waves-festival',
    title: { bg: 'Фестивал „Дунавски вълни“', en: 'Danube Waves festival' },
    summary: {
      bg: 'Три вечери музика на брега на реката с артисти от България, Румъния и Сърбия.',
      en: 'Three evenings of music on the river bank with artists from Bulgaria, Romania and Serbia.',
    },
    description: {
      bg: 'Вход свободен. Програмата започва всяка вечер в 19:30 ч. на лятната сцена на кея.\n\nПо време на фестивала крайбрежната алея е затворена за автомобили.',
      en: 'Free admission. The programme starts every evening at 19:30 on the summer stage on the quay.\n\nThe riverside walk is closed to cars during the festival.',
    },
    startInDays: 16,
    startTime: [0, 0],
    duration: 3,
    allDay: true,
    venue: 'quay',
    kind: 'cultural',
    category: 'culture',
    image: 'festival-stage',
    accessibility: OUTDOOR,
  },
  {
    key: 'kindergarten-opening',
    title: { bg: 'Откриване на детската градина в Ясенково', en: 'Opening of the Yasenkovo kindergarten' },
    summary: {
      bg: 'Новата детска градина приема първите 72 деца.',
      en: 'The new kindergarten welcomes its first 72 children.',
    },
    description: {
      bg: 'Сградата е с почти нулево потребление на енергия. Присъстват кметът и представители на министерството.',
      en: 'The building uses nearly zero energy. The mayor and ministry representatives attend.',
    },
    startInDays: 22,
    startTime: [10, 0],
    duration: 1.5,
    venue: 'bregovitsa',
    kind: 'official_ceremony',
    isPressEvent: true,
    accreditation: PRESS_ACCREDITATION,
    category: 'education',
    image: 'kindergarten',
    accessibility: STEP_FREE,
  },
  {
    key: 'warm-home-info-day',
    title: { bg: 'Информационен ден „Топъл дом“', en: 'Warm home information day' },
    summary: {
      bg: 'Енергийни консултанти отговарят на въпроси за саниране и смяна на отоплението.',
      en: 'Energy advisers answer questions on renovation and replacing heating.',
    },
    description: {
      bg: 'Носете последните си сметки за ток и отопление – консултантите ще изчислят възможните спестявания.',
      en: 'Bring your latest electricity and heating bills: the advisers will estimate what you could save.',
    },
    startInDays: 28,
    startTime: [10, 0],
    duration: 6,
    venue: 'communityCentre',
    kind: 'presentation',
    category: 'infrastructure',
    campaign: 'warm-home',
    image: 'night-quay',
    registrationUrl: 'https://dunavets.example/topal-dom',
    accessibility: STEP_FREE,
  },
  {
    key: 'twin-towns-forum',
    title: { bg: 'Форум на побратимените градове', en: 'Twin towns forum' },
    summary: {
      bg: 'Делегации от шест побратимени общини обсъждат общи проекти по програма „Интеррег“.',
      en: 'Delegations from six twin municipalities discuss joint Interreg projects.',
    },
    description: {
      bg: 'Форумът завършва с подписване на меморандум за речен туризъм.',
      en: 'The forum ends with the signing of a memorandum on river tourism.',
    },
    startInDays: 37,
    startTime: [9, 30],
    duration: 8,
    venue: 'communityCentre',
    kind: 'official_ceremony',
    isPressEvent: true,
    accreditation: PRESS_ACCREDITATION,
    category: 'international',
    image: 'town-panorama',
    accessibility: STEP_FREE,
  },
  {
    key: 'grape-harvest-festival',
    title: { bg: 'Празник на гроздето в Бреговица', en: 'Grape harvest festival in Bregovitsa' },
    summary: {
      bg: 'Дегустации в старите изби, народни танци и конкурс за най-добро домашно вино.',
      en: 'Tastings in the old cellars, folk dancing and a home-made wine contest.',
    },
    description: {
      bg: 'Специален автобус тръгва от Дунавец на всеки час от 10:00 до 18:00 ч.',
      en: 'A special bus leaves Dunavets every hour from 10:00 to 18:00.',
    },
    startInDays: 51,
    startTime: [10, 0],
    duration: 10,
    venue: 'bregovitsa',
    kind: 'cultural',
    category: 'economy-tourism',
    image: 'harvest-festival',
    accessibility: OUTDOOR,
  },
  {
    key: 'islands-park-walk-postponed',
    title: { bg: 'Разходка с орнитолог в „Островите“', en: 'Bird walk in the Islands park' },
    summary: {
      bg: 'Разходката се отлага заради високото ниво на реката. Новата дата ще бъде обявена.',
      en: 'The walk is postponed because of the high river level. A new date will be announced.',
    },
    description: {
      bg: 'Записалите се ще получат съобщение по имейл.',
      en: 'Those who registered will be notified by e-mail.',
    },
    startInDays: 44,
    startTime: [8, 0],
    duration: 3,
    venue: 'islands',
    kind: 'other',
    status: 'postponed',
    category: 'environment',
    image: 'islands-park',
    accessibility: OUTDOOR,
  },
  {
    key: 'sports-hall-tournament',
    title: { bg: 'Турнир по баскетбол за купата на кмета', en: 'Mayor\u2019s Cup basketball tournament' },
    summary: {
      bg: 'Осем юношески отбора от региона в обновената спортна зала „Дунав“.',
      en: 'Eight youth teams from the region in the renovated Danube sports hall.',
    },
    description: {
      bg: 'Вход свободен. Финалът е в неделя от 17:00 ч.',
      en: 'Free admission. The final is on Sunday at 17:00.',
    },
    startInDays: 65,
    startTime: [0, 0],
    duration: 2,
    allDay: true,
    venue: 'sportsHall',
    kind: 'sport',
    category: 'sport',
    image: 'sports-hall',
    accessibility: STEP_FREE,
  },
  {
    key: 'winter-lights-draft',
    title: { bg: 'Запалване на коледните светлини', en: 'Switching on the Christmas lights' },
    summary: { bg: 'Програмата още се уточнява.', en: 'The programme is still being finalised.' },
    description: {
      bg: 'Чернова: програмата предстои да бъде одобрена.',
      en: 'Draft: the programme still needs approval.',
    },
    startInDays: 88,
    startTime: [17, 30],
    duration: 2,
    venue: 'townHall',
    kind: 'cultural',
    category: 'culture',
    draft: true,
  },
];
