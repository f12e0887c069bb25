/** Five campaigns: closed, active and upcoming relative to the day the seed runs. */
import type { Bilingual } from './types';

export type SponsorTier = 'patron' | 'gold' | 'silver' | 'bronze' | 'partner';

export interface CampaignData {
  key: string;
  title: Bilingual;
  summary: Bilingual;
  /** Paragraphs separated by blank lines. */
  body: Bilingual;
  /** Heading and bullet points of "what we do", both languages. */
  actions: Bilingual<string[]>;
  startInDays: number;
  endInDays: number;
  heroMedia: string;
  goals: { label: Bilingual; target: number; achieved: number; unit: Bilingual }[];
  sponsors: { name: Bilingual; url?: string; tier: SponsorTier; logoColour: string }[];
}

export const CAMPAIGNS: readonly CampaignData[] = [
  {
    key: 'clean-danube',
    title: { bg: 'Чист Дунав', en: 'Clean Danube' },
    summary: {
      bg: 'Почистваме 35 километра от дунавския бряг с доброволци, училища и рибари. Всяка събота до края на кампанията.',
      en: 'We are cleaning 35 kilometres of the Danube bank with volunteers, schools and anglers, every Saturday until the campaign ends.',
    },
    body: {
      bg: 'Дунав е най-голямото богатство на нашата община, но всяка пролет пълноводието оставя по брега пластмаса, гуми и строителни отпадъци. Кампанията „Чист Дунав“ събира доброволци от града и селата, за да почистим бреговата ивица от Островче до Върбово поле.\n\nОбщината осигурява ръкавици, чували и транспорт на събраните отпадъци до регионалното депо. Всеки участник получава безплатен обяд и сертификат за доброволчество.',
      en: 'The Danube is our municipality\u2019s greatest asset, but every spring the high water leaves plastic, tyres and building waste along the bank. The Clean Danube campaign brings together volunteers from the town and the villages to clean the shore from Ostrovche to Varbovo Pole.\n\nThe municipality provides gloves, bags and transport of the waste to the regional landfill. Every participant gets a free lunch and a volunteering certificate.',
    },
    actions: {
      bg: [
        'почистване на брега всяка събота от 9:00 ч.',
        'разделно събиране на пластмаса и метал',
        'уроци по екология в училищата',
        'карта на нерегламентираните сметища',
      ],
      en: [
        'bank clean-ups every Saturday from 9:00',
        'separate collection of plastic and metal',
        'environmental lessons in schools',
        'a map of illegal dumping sites',
      ],
    },
    startInDays: -150,
    endInDays: -20,
    heroMedia: 'cleanup-volunteers',
    goals: [
      {
        label: { bg: 'Почистен бряг', en: 'Bank cleaned' },
        target: 35,
        achieved: 37.5,
        unit: { bg: 'км', en: 'km' },
      },
      {
        label: { bg: 'Доброволци', en: 'Volunteers' },
        target: 500,
        achieved: 612,
        unit: { bg: 'души', en: 'people' },
      },
      {
        label: { bg: 'Събрани отпадъци', en: 'Waste collected' },
        target: 20,
        achieved: 18.4,
        unit: { bg: 'тона', en: 'tonnes' },
      },
    ],
    sponsors: [
      {
        name: { bg: 'Пристанище Дунавец ЕАД', en: 'Port of Dunavets' },
        url: 'https://port.dunavets.example',
        tier: 'gold',
        logoColour: '#1d4e89',
      },
      {
        name: { bg: 'Сдружение на рибарите „Моруна“', en: 'Moruna Anglers\u2019 Association' },
        tier: 'partner',
        logoColour: '#3f7d5a',
      },
      {
        name: { bg: 'Екосдружение „Зелен бряг“', en: 'Green Bank Eco Association' },
        url: 'https://zelenbryag.example',
        tier: 'partner',
        logoColour: '#6a994e',
      },
    ],
  },
  {
    key: 'green-dunavets',
    title: { bg: 'Зелен Дунавец – 10 000 дървета', en: 'Green Dunavets – 10,000 trees' },
    summary: {
      bg: 'До края на годината засаждаме 10 000 дървета в парковете, по улиците и в защитните пояси край селата.',
      en: 'By the end of the year we are planting 10,000 trees in parks, along streets and in the shelter belts around the villages.',
    },
    body: {
      bg: 'Летата в Дунавската равнина стават все по-горещи. Дърветата намаляват температурата в града с до 4 градуса, задържат праха и водата от поройните дъждове. Затова общината си постави цел – 10 000 нови дървета за три сезона.\n\nВсеки може да осинови дърво: срещу дарение от 30 лв. табелка с името на дарителя се поставя до дръвчето, а общината поема поливането през първите три години.',
      en: 'Summers on the Danube plain are getting hotter. Trees lower the temperature in town by up to 4 degrees and hold back dust and storm water. So the municipality has set a goal of 10,000 new trees over three seasons.\n\nAnyone can adopt a tree: for a donation of 30 leva, a plate with the donor\u2019s name is placed beside it, and the municipality waters it for the first three years.',
    },
    actions: {
      bg: [
        'залесяване на защитни пояси край Ясенково и Калиновец',
        'нови алеи от липи по бул. „Дунав“',
        '„Осинови дърво“ за граждани и фирми',
        'поливна система за парка „Възраждане“',
      ],
      en: [
        'shelter belts around Yasenkovo and Kalinovets',
        'new lime-tree avenues on Dunav Boulevard',
        '"Adopt a tree" for residents and businesses',
        'irrigation for Vazrazhdane Park',
      ],
    },
    startInDays: -90,
    endInDays: 200,
    heroMedia: 'tree-planting',
    goals: [
      {
        label: { bg: 'Засадени дървета', en: 'Trees planted' },
        target: 10000,
        achieved: 4230,
        unit: { bg: 'бр.', en: 'trees' },
      },
      {
        label: { bg: 'Осиновени дървета', en: 'Trees adopted' },
        target: 1500,
        achieved: 688,
        unit: { bg: 'бр.', en: 'trees' },
      },
    ],
    sponsors: [
      {
        name: { bg: 'Дунавска банка АД', en: 'Danube Bank' },
        url: 'https://bank.dunavets.example',
        tier: 'patron',
        logoColour: '#2a6f97',
      },
      {
        name: { bg: 'Лесовъдно стопанство „Дунавец“', en: 'Dunavets Forestry Board' },
        tier: 'silver',
        logoColour: '#386641',
      },
    ],
  },
  {
    key: 'safe-to-school',
    title: { bg: 'Безопасно до училище', en: 'Safe to school' },
    summary: {
      bg: 'Нови пешеходни пътеки, светофари и велоалеи около всички пет училища в общината.',
      en: 'New pedestrian crossings, traffic lights and cycle paths around all five schools in the municipality.',
    },
    body: {
      bg: 'Над 1800 деца ходят всеки ден на училище в Дунавец и селата. С кампанията „Безопасно до училище“ преглеждаме маршрутите им заедно с родителите и пътна полиция и отстраняваме опасните места.\n\nДо началото на учебната година ще бъдат изградени 12 повдигнати пешеходни пътеки, 2 светофара с бутон и 4,5 км велоалеи.',
      en: 'More than 1,800 children go to school every day in Dunavets and the villages. With the Safe to school campaign we walk their routes with parents and the traffic police and remove the dangerous spots.\n\nBefore the school year starts, 12 raised pedestrian crossings, 2 push-button traffic lights and 4.5 km of cycle paths will be built.',
    },
    actions: {
      bg: [
        'одит на маршрутите с родители',
        'повдигнати пешеходни пътеки',
        'зони с ограничение 30 км/ч',
        'уроци по безопасност на движението',
      ],
      en: [
        'route audits with parents',
        'raised pedestrian crossings',
        '30 km/h zones',
        'road safety lessons',
      ],
    },
    startInDays: -30,
    endInDays: 120,
    heroMedia: 'bike-lane',
    goals: [
      {
        label: { bg: 'Пешеходни пътеки', en: 'Pedestrian crossings' },
        target: 12,
        achieved: 5,
        unit: { bg: 'бр.', en: 'crossings' },
      },
      {
        label: { bg: 'Нови велоалеи', en: 'New cycle paths' },
        target: 4.5,
        achieved: 1.2,
        unit: { bg: 'км', en: 'km' },
      },
    ],
    sponsors: [
      {
        name: { bg: 'Автомобилен клуб „Дунавец“', en: 'Dunavets Automobile Club' },
        tier: 'bronze',
        logoColour: '#bc4749',
      },
      {
        name: { bg: 'Сдружение на родителите', en: 'Parents\u2019 Association' },
        tier: 'partner',
        logoColour: '#f2a541',
      },
    ],
  },
  {
    key: 'warm-home',
    title: { bg: 'Топъл дом', en: 'Warm home' },
    summary: {
      bg: 'Безплатни консултации и помощ с документите за саниране на жилищни блокове и смяна на отоплението.',
      en: 'Free advice and help with the paperwork for renovating apartment blocks and replacing heating systems.',
    },
    body: {
      bg: 'Половината жилищни блокове в Дунавец са строени преди 1985 г. и губят до 40 % от топлината си. Кампанията „Топъл дом“ помага на сдруженията на собствениците да кандидатстват по националните програми за енергийна ефективност.\n\nЕнергиен консултант приема граждани всеки вторник в Центъра за услуги и информация, а общината плаща енергийното обследване на първите 20 блока.',
      en: 'Half of the apartment blocks in Dunavets were built before 1985 and lose up to 40% of their heat. The Warm home campaign helps owners\u2019 associations apply to the national energy-efficiency programmes.\n\nAn energy adviser sees residents every Tuesday at the citizen service centre, and the municipality pays for the energy audit of the first 20 blocks.',
    },
    actions: {
      bg: [
        'консултации всеки вторник',
        'безплатно енергийно обследване за 20 блока',
        'замяна на печки на дърва с термопомпи',
        'отчет на спестената енергия',
      ],
      en: [
        'advice every Tuesday',
        'free energy audits for 20 blocks',
        'replacing wood stoves with heat pumps',
        'reporting the energy saved',
      ],
    },
    startInDays: 25,
    endInDays: 390,
    heroMedia: 'night-quay',
    goals: [
      {
        label: { bg: 'Санирани блокове', en: 'Blocks renovated' },
        target: 20,
        achieved: 0,
        unit: { bg: 'бр.', en: 'blocks' },
      },
      {
        label: { bg: 'Подменени печки', en: 'Stoves replaced' },
        target: 300,
        achieved: 0,
        unit: { bg: 'бр.', en: 'stoves' },
      },
    ],
    sponsors: [
      {
        name: { bg: 'Енергийна агенция „Дунав“', en: 'Danube Energy Agency' },
        url: 'https://energy-danube.example',
        tier: 'gold',
        logoColour: '#e09f3e',
      },
      {
        name: { bg: 'Дунавска банка АД', en: 'Danube Bank' },
        url: 'https://bank.dunavets.example',
        tier: 'silver',
        logoColour: '#2a6f97',
      },
    ],
  },
  {
    key: 'living-heritage',
    title: { bg: 'Читалищата – живо наследство', en: 'Community centres – living heritage' },
    summary: {
      bg: 'Дигитализираме архивите на шестте читалища в общината и връщаме в тях кръжоците за деца.',
      en: 'We are digitising the archives of the six community centres in the municipality and bringing back children\u2019s clubs.',
    },
    body: {
      bg: 'Читалище „Светлина 1871“ е едно от най-старите в Северна България. В неговия архив и в архивите на селските читалища се пазят снимки, писма и програми на представления от над 150 години.\n\nЗаедно с доброволци и студенти сканираме архивите и ги публикуваме със свободен лиценз. Същевременно възстановяваме кръжоците по народни танци, театър и фотография.',
      en: 'The Svetlina 1871 community centre is one of the oldest in Northern Bulgaria. Its archive and those of the village centres hold photographs, letters and playbills from more than 150 years.\n\nWith volunteers and students we are scanning the archives and publishing them under a free licence, and restarting clubs for folk dance, theatre and photography.',
    },
    actions: {
      bg: ['сканиране на 12 000 архивни единици', 'онлайн изложба', 'кръжоци за деца в шестте читалища'],
      en: [
        'scanning 12,000 archive items',
        'an online exhibition',
        'children\u2019s clubs in all six centres',
      ],
    },
    startInDays: -60,
    endInDays: 300,
    heroMedia: 'community-centre',
    goals: [
      {
        label: { bg: 'Сканирани единици', en: 'Items scanned' },
        target: 12000,
        achieved: 3150,
        unit: { bg: 'бр.', en: 'items' },
      },
      {
        label: { bg: 'Деца в кръжоци', en: 'Children in clubs' },
        target: 250,
        achieved: 140,
        unit: { bg: 'деца', en: 'children' },
      },
    ],
    sponsors: [
      {
        name: { bg: 'Фондация „Памет за Дунава“', en: 'Danube Memory Foundation' },
        url: 'https://pamet.example',
        tier: 'patron',
        logoColour: '#7b2cbf',
      },
      {
        name: { bg: 'Исторически музей – Дунавец', en: 'Dunavets History Museum' },
        tier: 'partner',
        logoColour: '#6f4518',
      },
    ],
  },
];
