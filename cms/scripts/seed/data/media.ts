/**
 * The 30 media assets of the demo media kit. Pictures are drawn by ../images.ts from `scene` and
 * `seed`; the texts describe what the drawing stands for, as an editor would for a real photo.
 */
import type { Scene } from '../images';
import type { Bilingual } from './types';

export type Licence =
  'cc_by_4_0' | 'cc_by_sa_4_0' | 'editorial_use' | 'public_domain' | 'all_rights_reserved';

export interface MediaAssetData {
  key: string;
  title: Bilingual;
  caption: Bilingual;
  alt: Bilingual;
  credit: string;
  licence: Licence;
  scene: Scene;
  size: readonly [number, number];
  /** Days before the seed run the picture was "taken". */
  takenDaysAgo: number;
  takenAt: Bilingual;
  collection: Bilingual;
  consentRecorded?: boolean;
  /** Days from the seed run after which the rights expire (negative: already expired). */
  rightsExpireInDays?: number;
  inMediaKit?: boolean;
}

const PRESS = 'Пресцентър Община Дунавец / Dunavets press office';
const LANDSCAPE = [1600, 1067] as const;
const WIDE = [1600, 900] as const;
const MEDIUM = [1200, 800] as const;
const PORTRAIT = [900, 1200] as const;
const SQUARE = [1080, 1080] as const;

const RIVER = { bg: 'Дунавът', en: 'The Danube' };
const TOWN = { bg: 'Градът', en: 'The town' };
const EVENTS = { bg: 'Събития', en: 'Events' };
const WORKS = { bg: 'Инфраструктура', en: 'Infrastructure' };
const NATURE = { bg: 'Природа', en: 'Nature' };

export const MEDIA_ASSETS: readonly MediaAssetData[] = [
  {
    key: 'quay-sunset',
    title: { bg: 'Кеят на Дунавец при залез', en: 'Dunavets quay at sunset' },
    caption: {
      bg: 'Пешеходният кей след обновяването му, гледка към румънския бряг.',
      en: 'The riverside promenade after its renovation, looking towards the Romanian bank.',
    },
    alt: {
      bg: 'Широка река при залез, хълмове и силуетът на града на брега',
      en: 'A wide river at sunset with hills and the town skyline on the bank',
    },
    credit: 'Иван Колев / Община Дунавец',
    licence: 'cc_by_4_0',
    scene: 'event',
    size: LANDSCAPE,
    takenDaysAgo: 40,
    takenAt: { bg: 'Кеят, Дунавец', en: 'The quay, Dunavets' },
    collection: RIVER,
  },
  {
    key: 'river-morning',
    title: { bg: 'Утро над Дунав', en: 'Morning over the Danube' },
    caption: {
      bg: 'Реката при село Островче в ранна утрин.',
      en: 'The river near the village of Ostrovche early in the morning.',
    },
    alt: {
      bg: 'Спокойна река под светло синьо небе, зелени хълмове на хоризонта',
      en: 'A calm river under a pale blue sky with green hills on the horizon',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'river',
    size: LANDSCAPE,
    takenDaysAgo: 120,
    takenAt: { bg: 'Островче', en: 'Ostrovche' },
    collection: RIVER,
  },
  {
    key: 'islands-park',
    title: { bg: 'Природен парк „Островите“', en: 'The Islands nature park' },
    caption: {
      bg: 'Дунавските острови са защитена зона по „Натура 2000“.',
      en: 'The Danube islands are a Natura 2000 protected site.',
    },
    alt: {
      bg: 'Залесени острови в реката и хълмове зад тях',
      en: 'Wooded islands in the river with hills behind them',
    },
    credit: 'Мария Ангелова',
    licence: 'cc_by_sa_4_0',
    scene: 'river',
    size: WIDE,
    takenDaysAgo: 200,
    takenAt: { bg: 'Природен парк „Островите“', en: 'Islands nature park' },
    collection: NATURE,
  },
  {
    key: 'town-panorama',
    title: { bg: 'Панорама на Дунавец', en: 'Panorama of Dunavets' },
    caption: {
      bg: 'Градът, погледнат от лозята над Бреговица.',
      en: 'The town seen from the vineyards above Bregovitsa.',
    },
    alt: {
      bg: 'Силует на малък град с часовникова кула до реката',
      en: 'Skyline of a small town with a clock tower by the river',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'town',
    size: LANDSCAPE,
    takenDaysAgo: 300,
    takenAt: { bg: 'Бреговица', en: 'Bregovitsa' },
    collection: TOWN,
  },
  {
    key: 'clock-tower',
    title: { bg: 'Часовниковата кула', en: 'The clock tower' },
    caption: {
      bg: 'Часовниковата кула от 1878 г. след реставрацията.',
      en: 'The clock tower of 1878 after its restoration.',
    },
    alt: {
      bg: 'Висока тясна кула над покривите на града',
      en: 'A tall slender tower above the roofs of the town',
    },
    credit: 'Петър Симеонов',
    licence: 'editorial_use',
    scene: 'town',
    size: PORTRAIT,
    takenDaysAgo: 90,
    takenAt: { bg: 'Центърът, Дунавец', en: 'Town centre, Dunavets' },
    collection: TOWN,
  },
  {
    key: 'night-quay',
    title: { bg: 'Новото осветление на кея', en: 'The new lighting on the quay' },
    caption: {
      bg: 'Енергоспестяващото LED осветление по крайбрежната алея.',
      en: 'Energy-saving LED lighting along the riverside walk.',
    },
    alt: {
      bg: 'Нощна гледка към града и реката под звездно небе',
      en: 'Night view of the town and the river under a starry sky',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'night',
    size: LANDSCAPE,
    takenDaysAgo: 25,
    takenAt: { bg: 'Кеят, Дунавец', en: 'The quay, Dunavets' },
    collection: WORKS,
  },
  {
    key: 'fields-yasenkovo',
    title: { bg: 'Нивите край Ясенково', en: 'Fields near Yasenkovo' },
    caption: { bg: 'Житни поля по време на жътва.', en: 'Wheat fields at harvest time.' },
    alt: {
      bg: 'Златисти поля под синьо небе, река в далечината',
      en: 'Golden fields under a blue sky with a river in the distance',
    },
    credit: 'Стефан Илиев',
    licence: 'cc_by_4_0',
    scene: 'fields',
    size: MEDIUM,
    takenDaysAgo: 150,
    takenAt: { bg: 'Ясенково', en: 'Yasenkovo' },
    collection: NATURE,
  },
  {
    key: 'bike-lane',
    title: { bg: 'Велоалеята по дигата', en: 'The cycle path on the dyke' },
    caption: {
      bg: 'Новият участък от велоалеята между Дунавец и Бреговица.',
      en: 'The new section of the cycle path between Dunavets and Bregovitsa.',
    },
    alt: {
      bg: 'Равнинен пейзаж с река и зелен бряг, по който минава алея',
      en: 'Flat landscape with a river and a green bank with a path along it',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'fields',
    size: WIDE,
    takenDaysAgo: 60,
    takenAt: { bg: 'Дигата, Дунавец', en: 'The dyke, Dunavets' },
    collection: WORKS,
  },
  {
    key: 'cleanup-volunteers',
    title: { bg: 'Доброволци почистват брега', en: 'Volunteers clean the bank' },
    caption: {
      bg: 'Над 200 доброволци участваха в пролетното почистване на брега.',
      en: 'More than 200 volunteers took part in the spring bank clean-up.',
    },
    alt: {
      bg: 'Речен бряг при изгрев, хората се виждат отдалеч като малки силуети',
      en: 'A river bank at sunrise, people visible from afar as small silhouettes',
    },
    credit: 'Ралица Николова',
    licence: 'cc_by_4_0',
    scene: 'river',
    size: LANDSCAPE,
    takenDaysAgo: 70,
    takenAt: { bg: 'Плажът, Дунавец', en: 'The beach, Dunavets' },
    collection: EVENTS,
    consentRecorded: true,
  },
  {
    key: 'festival-stage',
    title: { bg: 'Сцената на фестивала „Дунавски вълни“', en: 'The stage of the Danube Waves festival' },
    caption: { bg: 'Вечерен концерт на лятната сцена.', en: 'An evening concert on the summer stage.' },
    alt: {
      bg: 'Вечерно небе в оранжево над градския силует и реката',
      en: 'An orange evening sky over the town skyline and the river',
    },
    credit: 'Фестивал „Дунавски вълни“',
    licence: 'editorial_use',
    scene: 'event',
    size: WIDE,
    takenDaysAgo: 130,
    takenAt: { bg: 'Лятна сцена, Дунавец', en: 'Summer stage, Dunavets' },
    collection: EVENTS,
    consentRecorded: true,
  },
  {
    key: 'port-cranes',
    title: { bg: 'Пристанище Дунавец', en: 'Port of Dunavets' },
    caption: { bg: 'Товарният терминал на пристанището.', en: 'The cargo terminal of the port.' },
    alt: {
      bg: 'Пристанищни съоръжения и сгради на речния бряг',
      en: 'Port facilities and buildings on the river bank',
    },
    credit: 'Пристанище Дунавец ЕАД',
    licence: 'editorial_use',
    scene: 'town',
    size: MEDIUM,
    takenDaysAgo: 210,
    takenAt: { bg: 'Пристанището, Дунавец', en: 'The port, Dunavets' },
    collection: WORKS,
  },
  {
    key: 'school-yard',
    title: { bg: 'Обновеният двор на СУ „Христо Ботев“', en: 'The renovated yard of Hristo Botev school' },
    caption: {
      bg: 'Училищният двор с новите спортни площадки.',
      en: 'The school yard with the new sports grounds.',
    },
    alt: {
      bg: 'Светъл ден над градски квартал с ниски сгради',
      en: 'A bright day over a town district with low buildings',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'town',
    size: LANDSCAPE,
    takenDaysAgo: 35,
    takenAt: { bg: 'Дунавец', en: 'Dunavets' },
    collection: WORKS,
  },
  {
    key: 'vineyards',
    title: { bg: 'Лозята над Бреговица', en: 'Vineyards above Bregovitsa' },
    caption: {
      bg: 'Бреговица е известна с винарските си изби от XIX век.',
      en: 'Bregovitsa is known for its nineteenth-century wine cellars.',
    },
    alt: {
      bg: 'Хълмове в топли тонове и река в долината',
      en: 'Hills in warm tones with a river in the valley',
    },
    credit: 'Мария Ангелова',
    licence: 'cc_by_sa_4_0',
    scene: 'fields',
    size: LANDSCAPE,
    takenDaysAgo: 260,
    takenAt: { bg: 'Бреговица', en: 'Bregovitsa' },
    collection: NATURE,
  },
  {
    key: 'winter-river',
    title: { bg: 'Дунав през зимата', en: 'The Danube in winter' },
    caption: { bg: 'Ниско ниво на реката през януари.', en: 'Low water on the river in January.' },
    alt: {
      bg: 'Студено синьо небе над реката и заоблени хълмове',
      en: 'A cold blue sky over the river and rounded hills',
    },
    credit: PRESS,
    licence: 'public_domain',
    scene: 'river',
    size: MEDIUM,
    takenDaysAgo: 320,
    takenAt: { bg: 'Дунавец', en: 'Dunavets' },
    collection: RIVER,
  },
  {
    key: 'community-centre',
    title: { bg: 'Читалище „Светлина 1871“', en: 'The Svetlina 1871 community centre' },
    caption: {
      bg: 'Сградата на читалището след енергийното обновяване.',
      en: 'The community centre building after its energy renovation.',
    },
    alt: {
      bg: 'Градски силует с купол и кула на фона на синьо небе',
      en: 'A town skyline with a dome and a tower against a blue sky',
    },
    credit: 'Читалище „Светлина 1871“',
    licence: 'editorial_use',
    scene: 'town',
    size: SQUARE,
    takenDaysAgo: 100,
    takenAt: { bg: 'Центърът, Дунавец', en: 'Town centre, Dunavets' },
    collection: TOWN,
  },
  {
    key: 'press-conference-hall',
    title: { bg: 'Залата за пресконференции', en: 'The press conference hall' },
    caption: {
      bg: 'Пресконференциите се провеждат в зала 2 на общинската администрация.',
      en: 'Press conferences take place in room 2 of the municipal building.',
    },
    alt: {
      bg: 'Абстрактна вечерна композиция в топли цветове с градски силует',
      en: 'An abstract evening composition in warm colours with a town skyline',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'event',
    size: MEDIUM,
    takenDaysAgo: 15,
    takenAt: { bg: 'Общинска администрация', en: 'Municipal building' },
    collection: EVENTS,
  },
  {
    key: 'tree-planting',
    title: { bg: 'Засаждане на дървета в Калиновец', en: 'Tree planting in Kalinovets' },
    caption: {
      bg: 'Ученици засаждат летни дъбове в рамките на кампанията „Зелен Дунавец“.',
      en: 'Pupils plant pedunculate oaks as part of the Green Dunavets campaign.',
    },
    alt: { bg: 'Зелени хълмове и поле под ясно небе', en: 'Green hills and a field under a clear sky' },
    credit: 'Ралица Николова',
    licence: 'cc_by_4_0',
    scene: 'fields',
    size: LANDSCAPE,
    takenDaysAgo: 55,
    takenAt: { bg: 'Калиновец', en: 'Kalinovets' },
    collection: EVENTS,
    consentRecorded: true,
  },
  {
    key: 'flood-dyke',
    title: { bg: 'Укрепената дига при Върбово поле', en: 'The reinforced dyke at Varbovo Pole' },
    caption: {
      bg: 'Дигата беше укрепена на 3,2 км след пролетното пълноводие.',
      en: 'The dyke was reinforced along 3.2 km after the spring high water.',
    },
    alt: { bg: 'Широка река и нисък зелен бряг', en: 'A wide river and a low green bank' },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'river',
    size: WIDE,
    takenDaysAgo: 85,
    takenAt: { bg: 'Върбово поле', en: 'Varbovo Pole' },
    collection: WORKS,
  },
  {
    key: 'old-town-night',
    title: { bg: 'Старият град нощем', en: 'The old town at night' },
    caption: {
      bg: 'Улица „Търговска“ по време на Нощта на музеите.',
      en: 'Targovska Street during the Night of Museums.',
    },
    alt: {
      bg: 'Нощно небе със звезди и тъмни силуети на сгради',
      en: 'A night sky with stars and dark silhouettes of buildings',
    },
    credit: 'Петър Симеонов',
    licence: 'all_rights_reserved',
    scene: 'night',
    size: PORTRAIT,
    takenDaysAgo: 190,
    takenAt: { bg: 'Старият град, Дунавец', en: 'Old town, Dunavets' },
    collection: TOWN,
    inMediaKit: false,
  },
  {
    key: 'sports-hall',
    title: { bg: 'Спортна зала „Дунав“', en: 'Danube sports hall' },
    caption: {
      bg: 'Обновената спортна зала преди първия турнир.',
      en: 'The renovated sports hall before its first tournament.',
    },
    alt: {
      bg: 'Градски пейзаж с големи сгради на брега',
      en: 'A townscape with large buildings on the bank',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'town',
    size: WIDE,
    takenDaysAgo: 45,
    takenAt: { bg: 'Дунавец', en: 'Dunavets' },
    collection: WORKS,
  },
  {
    key: 'sunset-islands',
    title: { bg: 'Залез над островите', en: 'Sunset over the islands' },
    caption: {
      bg: 'Островите в Дунав, заснети от лодка.',
      en: 'The Danube islands photographed from a boat.',
    },
    alt: {
      bg: 'Оранжево небе над реката и тъмните брегове',
      en: 'An orange sky over the river and dark banks',
    },
    credit: 'Мария Ангелова',
    licence: 'cc_by_sa_4_0',
    scene: 'event',
    size: LANDSCAPE,
    takenDaysAgo: 160,
    takenAt: { bg: 'Природен парк „Островите“', en: 'Islands nature park' },
    collection: NATURE,
  },
  {
    key: 'market-square',
    title: { bg: 'Пазарът в събота', en: 'Saturday market' },
    caption: { bg: 'Фермерският пазар на площад „Дунав“.', en: 'The farmers\u2019 market on Dunav Square.' },
    alt: { bg: 'Светъл градски площад с ниски сгради', en: 'A bright town square with low buildings' },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'town',
    size: MEDIUM,
    takenDaysAgo: 20,
    takenAt: { bg: 'пл. „Дунав“', en: 'Dunav Square' },
    collection: TOWN,
    consentRecorded: true,
  },
  {
    key: 'harvest-festival',
    title: { bg: 'Празник на гроздето', en: 'Grape harvest festival' },
    caption: {
      bg: 'Празникът на гроздето в Бреговица събра над 3000 гости.',
      en: 'The grape harvest festival in Bregovitsa drew more than 3,000 visitors.',
    },
    alt: { bg: 'Поле и хълмове в есенни цветове', en: 'Fields and hills in autumn colours' },
    credit: 'Стефан Илиев',
    licence: 'editorial_use',
    scene: 'fields',
    size: WIDE,
    takenDaysAgo: 230,
    takenAt: { bg: 'Бреговица', en: 'Bregovitsa' },
    collection: EVENTS,
    consentRecorded: true,
  },
  {
    key: 'ferry',
    title: { bg: 'Фериботът за отсрещния бряг', en: 'The ferry to the opposite bank' },
    caption: { bg: 'Фериботната линия работи целогодишно.', en: 'The ferry line runs all year round.' },
    alt: { bg: 'Река със спокойни води и далечен бряг', en: 'A river with calm water and a distant bank' },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'river',
    size: MEDIUM,
    takenDaysAgo: 110,
    takenAt: { bg: 'Фериботен терминал', en: 'Ferry terminal' },
    collection: RIVER,
  },
  {
    key: 'archive-1960',
    title: { bg: 'Дунавец през 60-те години', en: 'Dunavets in the 1960s' },
    caption: {
      bg: 'Архивна гледка към кея (реконструкция за демонстрацията).',
      en: 'Archive view of the quay (a reconstruction for the demo).',
    },
    alt: {
      bg: 'Стилизирана гледка към реката и града в пастелни тонове',
      en: 'A stylised view of the river and the town in pastel tones',
    },
    credit: 'Исторически музей – Дунавец',
    licence: 'public_domain',
    scene: 'town',
    size: LANDSCAPE,
    takenDaysAgo: 365,
    takenAt: { bg: 'Дунавец', en: 'Dunavets' },
    collection: TOWN,
  },
  {
    key: 'museum-night',
    title: { bg: 'Нощ на музеите', en: 'Night of Museums' },
    caption: {
      bg: 'Историческият музей беше отворен до полунощ.',
      en: 'The history museum stayed open until midnight.',
    },
    alt: { bg: 'Звездно небе над тъмен градски силует', en: 'A starry sky over a dark town skyline' },
    credit: 'Исторически музей – Дунавец',
    licence: 'editorial_use',
    scene: 'night',
    size: WIDE,
    takenDaysAgo: 180,
    takenAt: { bg: 'Исторически музей', en: 'History museum' },
    collection: EVENTS,
    rightsExpireInDays: -10,
  },
  {
    key: 'kindergarten',
    title: { bg: 'Новата детска градина в Ясенково', en: 'The new kindergarten in Yasenkovo' },
    caption: {
      bg: 'Детската градина е с капацитет 72 деца.',
      en: 'The kindergarten has room for 72 children.',
    },
    alt: {
      bg: 'Селски пейзаж с ниски сгради и поле',
      en: 'A village landscape with low buildings and a field',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'fields',
    size: MEDIUM,
    takenDaysAgo: 30,
    takenAt: { bg: 'Ясенково', en: 'Yasenkovo' },
    collection: WORKS,
  },
  {
    key: 'regatta',
    title: { bg: 'Регата „Купа Дунавец“', en: 'Dunavets Cup regatta' },
    caption: {
      bg: 'Гребци от четири държави на старта на регатата.',
      en: 'Rowers from four countries at the start of the regatta.',
    },
    alt: { bg: 'Широка река в слънчев ден', en: 'A wide river on a sunny day' },
    credit: 'Гребен клуб „Дунав“',
    licence: 'editorial_use',
    scene: 'river',
    size: WIDE,
    takenDaysAgo: 140,
    takenAt: { bg: 'Гребната база', en: 'Rowing centre' },
    collection: EVENTS,
    consentRecorded: true,
    rightsExpireInDays: 400,
  },
  {
    key: 'town-hall',
    title: { bg: 'Сградата на общината', en: 'The town hall' },
    caption: {
      bg: 'Общинската администрация на пл. „Дунав“ № 1.',
      en: 'The municipal building at 1 Dunav Square.',
    },
    alt: {
      bg: 'Сгради в центъра на града под синьо небе',
      en: 'Buildings in the town centre under a blue sky',
    },
    credit: PRESS,
    licence: 'cc_by_4_0',
    scene: 'town',
    size: SQUARE,
    takenDaysAgo: 75,
    takenAt: { bg: 'пл. „Дунав“', en: 'Dunav Square' },
    collection: TOWN,
  },
  {
    key: 'storks',
    title: { bg: 'Щъркелите на Върбово поле', en: 'The storks of Varbovo Pole' },
    caption: {
      bg: 'Върбово поле е село с най-много щъркелови гнезда в общината.',
      en: 'Varbovo Pole has more stork nests than any other village in the municipality.',
    },
    alt: { bg: 'Поле и ниски хълмове под светло небе', en: 'A field and low hills under a pale sky' },
    credit: 'Стефан Илиев',
    licence: 'cc_by_4_0',
    scene: 'fields',
    size: PORTRAIT,
    takenDaysAgo: 95,
    takenAt: { bg: 'Върбово поле', en: 'Varbovo Pole' },
    collection: NATURE,
  },
];
