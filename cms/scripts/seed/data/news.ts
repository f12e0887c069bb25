/**
 * Forty-two news articles (two stay drafts). Titles and leads are written by hand; the rest of each
 * body is assembled from the paragraph pools in ./news-paragraphs.ts by the seeded generator.
 */
import type { CategoryKey, TagKey } from './taxonomy';
import type { Bilingual } from './types';

export interface NewsData {
  title: Bilingual;
  /** The lead: shown as summary and as the first paragraph. */
  lead: Bilingual;
  /** An optional second paragraph with the specifics of this story. */
  detail?: Bilingual;
  category: CategoryKey;
  tags: TagKey[];
  daysAgo: number;
  cover: string;
  gallery?: string[];
  campaign?: string;
  events?: string[];
  syndicate?: boolean;
  /** Left unpublished ('draft' or 'in_review'): proves drafts never reach the site. */
  draft?: 'draft' | 'in_review';
  /** An update note, as an editor writes after a significant correction. */
  changeNote?: Bilingual;
  /**
   * Published in Bulgarian only, as happens when the translation lags: the English site shows it in
   * Bulgarian with a notice (its `en` texts stay here for when it is translated).
   */
  untranslated?: true;
}

export const NEWS: readonly NewsData[] = [
  {
    title: {
      bg: 'Започва ремонтът на пътя Дунавец – Ясенково',
      en: 'Repairs begin on the Dunavets–Yasenkovo road',
    },
    lead: {
      bg: 'От понеделник започва основният ремонт на 6,8 км от общинския път между Дунавец и Ясенково. Движението ще се осъществява в едната лента с временна светофарна уредба.',
      en: 'From Monday, 6.8 km of the municipal road between Dunavets and Yasenkovo will be fully repaired. Traffic will use one lane controlled by temporary lights.',
    },
    detail: {
      bg: 'Ремонтът включва нова асфалтова настилка, отводнителни канавки и банкети. Срокът за изпълнение е 90 дни, а стойността – 2,4 млн. лв. без ДДС.',
      en: 'The works include new asphalt, drainage ditches and verges. They are due to take 90 days and cost 2.4 million leva excluding VAT.',
    },
    category: 'infrastructure',
    tags: ['roads'],
    daysAgo: 2,
    cover: 'fields-yasenkovo',
    syndicate: true,
  },
  {
    title: {
      bg: 'Общинският съвет прие бюджета за следващата година',
      en: 'Municipal council adopts next year\u2019s budget',
    },
    lead: {
      bg: 'С 21 гласа „за“ Общинският съвет прие бюджета на общината. Капиталовите разходи растат с 18 % спрямо миналата година.',
      en: 'The municipal council adopted the budget with 21 votes in favour. Capital spending rises by 18% on last year.',
    },
    detail: {
      bg: 'Най-големите обекти са пътят за Ясенково, детската градина в Ясенково и енергийното обновяване на читалището. За първи път 300 000 лв. се разпределят чрез гражданско бюджетиране.',
      en: 'The largest items are the Yasenkovo road, the Yasenkovo kindergarten and the energy renovation of the community centre. For the first time, 300,000 leva will be allocated through participatory budgeting.',
    },
    category: 'council',
    tags: ['budget'],
    daysAgo: 110,
    cover: 'town-hall',
    events: ['budget-public-consultation'],
    syndicate: true,
  },
  {
    title: {
      bg: '612 доброволци почистиха 37 км от дунавския бряг',
      en: '612 volunteers cleaned 37 km of the Danube bank',
    },
    lead: {
      bg: 'Кампанията „Чист Дунав“ приключи с рекорд: доброволците събраха 18,4 тона отпадъци от брега между Островче и Върбово поле.',
      en: 'The Clean Danube campaign ended with a record: volunteers collected 18.4 tonnes of waste from the bank between Ostrovche and Varbovo Pole.',
    },
    category: 'environment',
    tags: ['danube', 'volunteers'],
    daysAgo: 18,
    cover: 'cleanup-volunteers',
    gallery: ['river-morning', 'flood-dyke'],
    campaign: 'clean-danube',
    syndicate: true,
  },
  {
    title: { bg: 'Първото почистване на брега събра 150 души', en: 'First bank clean-up draws 150 people' },
    lead: {
      bg: 'В първата събота на кампанията „Чист Дунав“ 150 доброволци почистиха 4 км от плажа и кея.',
      en: 'On the first Saturday of the Clean Danube campaign, 150 volunteers cleaned 4 km of the beach and the quay.',
    },
    category: 'environment',
    tags: ['danube', 'volunteers'],
    daysAgo: 143,
    cover: 'river-morning',
    campaign: 'clean-danube',
    events: ['clean-danube-launch'],
  },
  {
    title: {
      bg: 'Общината стартира кампанията „Чист Дунав“',
      en: 'Municipality launches the Clean Danube campaign',
    },
    lead: {
      bg: 'Кметът Мирослав Петков обяви началото на кампания за почистване на 35 км от бреговата ивица с участието на доброволци, училища и рибари.',
      en: 'Mayor Miroslav Petkov announced a campaign to clean 35 km of the river bank with volunteers, schools and anglers.',
    },
    category: 'environment',
    tags: ['danube', 'volunteers'],
    daysAgo: 148,
    cover: 'quay-sunset',
    campaign: 'clean-danube',
    events: ['clean-danube-launch'],
  },
  {
    title: {
      bg: 'Засадени са първите 1000 дървета от кампанията „Зелен Дунавец“',
      en: 'First 1,000 trees planted in the Green Dunavets campaign',
    },
    lead: {
      bg: 'Ученици, служители на общината и лесовъди засадиха първите 1000 фиданки в парка „Възраждане“ и по бул. „Дунав“.',
      en: 'Pupils, municipal staff and foresters planted the first 1,000 saplings in Vazrazhdane Park and along Dunav Boulevard.',
    },
    category: 'environment',
    tags: ['trees', 'volunteers'],
    daysAgo: 80,
    cover: 'tree-planting',
    campaign: 'green-dunavets',
  },
  {
    title: {
      bg: '800 дъба в защитния пояс край Калиновец',
      en: '800 oaks for the shelter belt near Kalinovets',
    },
    lead: {
      bg: 'В Деня на залесяването доброволци засадиха 800 летни дъба, които ще пазят нивите край Калиновец от ветровата ерозия.',
      en: 'On tree planting day, volunteers planted 800 oaks that will protect the fields around Kalinovets from wind erosion.',
    },
    category: 'environment',
    tags: ['trees', 'volunteers'],
    daysAgo: 54,
    cover: 'tree-planting',
    gallery: ['fields-yasenkovo', 'storks'],
    campaign: 'green-dunavets',
    events: ['tree-planting-day'],
  },
  {
    title: {
      bg: 'Осинови дърво: над 600 граждани и фирми вече се включиха',
      en: 'Adopt a tree: more than 600 residents and businesses have joined',
    },
    lead: {
      bg: 'Инициативата „Осинови дърво“ надхвърли очакванията: до момента са осиновени 688 дървета в града и селата.',
      en: 'The Adopt a tree scheme has exceeded expectations: 688 trees in the town and the villages have been adopted so far.',
    },
    category: 'environment',
    tags: ['trees'],
    daysAgo: 12,
    cover: 'storks',
    campaign: 'green-dunavets',
  },
  {
    title: {
      bg: 'Нови повдигнати пешеходни пътеки пред петте училища',
      en: 'New raised pedestrian crossings in front of all five schools',
    },
    lead: {
      bg: 'Първите пет повдигнати пешеходни пътеки по кампанията „Безопасно до училище“ вече са готови.',
      en: 'The first five raised pedestrian crossings of the Safe to school campaign are finished.',
    },
    category: 'infrastructure',
    tags: ['schools', 'roads'],
    daysAgo: 9,
    cover: 'school-yard',
    campaign: 'safe-to-school',
    syndicate: true,
  },
  {
    title: {
      bg: 'Обновеният двор на СУ „Христо Ботев“ е открит',
      en: 'Renovated yard of Hristo Botev school opens',
    },
    lead: {
      bg: 'Учениците получиха нови площадки за баскетбол и волейбол, беседки за занятия на открито и 40 нови дървета.',
      en: 'Pupils have new basketball and volleyball courts, pavilions for outdoor lessons and 40 new trees.',
    },
    category: 'education',
    tags: ['schools', 'youth'],
    daysAgo: 32,
    cover: 'school-yard',
    campaign: 'safe-to-school',
    events: ['school-yard-opening'],
  },
  {
    title: { bg: 'Детската градина в Ясенково е почти готова', en: 'Yasenkovo kindergarten nearly finished' },
    lead: {
      bg: 'Строителството на новата детска градина в Ясенково е завършено на 95 %. Сградата ще приеме 72 деца в четири групи.',
      en: 'Construction of the new kindergarten in Yasenkovo is 95% complete. The building will take 72 children in four groups.',
    },
    category: 'education',
    tags: ['eu-projects', 'energy-efficiency'],
    daysAgo: 29,
    cover: 'kindergarten',
    events: ['kindergarten-opening'],
  },
  {
    title: {
      bg: 'Записването за детската градина в Ясенково започва',
      en: 'Enrolment opens for the Yasenkovo kindergarten',
    },
    lead: {
      bg: 'Родителите могат да подават заявления за новата детска градина в Ясенково онлайн или в Центъра за услуги и информация.',
      en: 'Parents can apply for a place at the new Yasenkovo kindergarten online or at the citizen service centre.',
    },
    category: 'education',
    tags: ['e-services'],
    daysAgo: 5,
    cover: 'kindergarten',
  },
  {
    title: { bg: 'Кеят свети с ново LED осветление', en: 'The quay shines with new LED lighting' },
    lead: {
      bg: 'Монтирани са 146 нови LED осветителни тела по крайбрежната алея. Разходът на електроенергия за осветление спада с 62 %.',
      en: '146 new LED lights have been installed along the riverside walk, cutting electricity use for lighting by 62%.',
    },
    category: 'infrastructure',
    tags: ['energy-efficiency', 'danube'],
    daysAgo: 24,
    cover: 'night-quay',
  },
  {
    title: { bg: 'Дигата при Върбово поле е укрепена', en: 'The dyke at Varbovo Pole has been reinforced' },
    lead: {
      bg: 'Завърши укрепването на 3,2 км от дигата при Върбово поле, пострадала при пролетното пълноводие.',
      en: 'Reinforcement of 3.2 km of the dyke at Varbovo Pole, damaged by the spring high water, is complete.',
    },
    category: 'infrastructure',
    tags: ['civil-protection', 'danube'],
    daysAgo: 70,
    cover: 'flood-dyke',
    events: ['flood-briefing'],
  },
  {
    title: {
      bg: 'Нивото на Дунав се покачва: общината е в готовност',
      en: 'Danube rising: the municipality is prepared',
    },
    lead: {
      bg: 'Щабът за защита при бедствия заседава извънредно. Дигите са под денонощно наблюдение, а в Островче са подготвени 5000 чувала с пясък.',
      en: 'The disaster protection staff met in emergency session. The dykes are watched around the clock and 5,000 sandbags are ready in Ostrovche.',
    },
    category: 'society',
    tags: ['civil-protection', 'danube'],
    daysAgo: 85,
    cover: 'winter-river',
    events: ['flood-briefing'],
    syndicate: true,
    changeNote: {
      bg: 'Актуализирано: добавен е телефонът на денонощния щаб.',
      en: 'Updated: the phone number of the 24-hour operations room has been added.',
    },
  },
  {
    title: {
      bg: 'Регатата „Купа Дунавец“ събра гребци от четири държави',
      en: 'Dunavets Cup regatta brings rowers from four countries',
    },
    lead: {
      bg: 'Над 180 гребци от България, Румъния, Сърбия и Унгария се състезаваха на 2000 метра пред кея.',
      en: 'More than 180 rowers from Bulgaria, Romania, Serbia and Hungary raced over 2,000 metres in front of the quay.',
    },
    category: 'sport',
    tags: ['danube', 'tourism'],
    daysAgo: 139,
    cover: 'regatta',
    events: ['regatta-cup'],
  },
  {
    title: {
      bg: 'Спортна зала „Дунав“ отвори врати след ремонт',
      en: 'Danube sports hall reopens after renovation',
    },
    lead: {
      bg: 'Залата има нов под, отопление с термопомпи и достъпна съблекалня за спортисти с увреждания.',
      en: 'The hall has a new floor, heat-pump heating and an accessible changing room for athletes with disabilities.',
    },
    category: 'sport',
    tags: ['energy-efficiency', 'accessibility'],
    daysAgo: 44,
    cover: 'sports-hall',
    events: ['sports-hall-tournament'],
  },
  {
    title: {
      bg: 'Изложбата „150 години читалище“ е отворена до края на месеца',
      en: '150 years of the community centre: exhibition open until the end of the month',
    },
    lead: {
      bg: 'Над 2000 посетители вече видяха архивните снимки и писма от фонда на читалище „Светлина 1871“.',
      en: 'More than 2,000 visitors have already seen the archive photographs and letters of the Svetlina 1871 community centre.',
    },
    category: 'culture',
    tags: ['community-centre'],
    daysAgo: 75,
    cover: 'archive-1960',
    campaign: 'living-heritage',
    events: ['archive-exhibition'],
  },
  {
    title: {
      bg: 'Доброволци сканираха 3000 архивни документа',
      en: 'Volunteers scanned 3,000 archive documents',
    },
    lead: {
      bg: 'Студенти и доброволци дигитализираха първите 3000 снимки, писма и афиши от архивите на читалищата.',
      en: 'Students and volunteers have digitised the first 3,000 photographs, letters and posters from the community centre archives.',
    },
    category: 'culture',
    tags: ['community-centre', 'volunteers', 'youth'],
    daysAgo: 15,
    cover: 'community-centre',
    campaign: 'living-heritage',
  },
  {
    title: {
      bg: 'Фолклорните кръжоци в читалищата се завръщат',
      en: 'Folk clubs return to the community centres',
    },
    lead: {
      bg: 'От есента 140 деца посещават кръжоци по народни танци, театър и фотография в шестте читалища на общината.',
      en: 'Since the autumn, 140 children have attended folk dance, theatre and photography clubs in the six community centres.',
    },
    category: 'culture',
    tags: ['community-centre', 'youth'],
    daysAgo: 40,
    cover: 'community-centre',
    campaign: 'living-heritage',
  },
  {
    title: {
      bg: 'Програмата на фестивала „Дунавски вълни“ е обявена',
      en: 'Danube Waves festival programme announced',
    },
    lead: {
      bg: 'Девет групи от три държави ще свирят в трите фестивални вечери на кея. Входът е свободен.',
      en: 'Nine bands from three countries will play on the three festival evenings on the quay. Admission is free.',
    },
    category: 'culture',
    tags: ['festival', 'tourism'],
    daysAgo: 3,
    cover: 'festival-stage',
    events: ['danube-waves-festival'],
    syndicate: true,
  },
  {
    title: {
      bg: 'Пристанището ще има нов пътнически терминал',
      en: 'The port will get a new passenger terminal',
    },
    lead: {
      bg: 'Пристанище Дунавец и общината представиха проекта за терминал за круизни кораби с капацитет до 400 пътници.',
      en: 'The Port of Dunavets and the municipality presented a terminal for river cruise ships handling up to 400 passengers.',
    },
    category: 'economy-tourism',
    tags: ['port', 'tourism'],
    daysAgo: 20,
    cover: 'port-cranes',
    events: ['port-investment-presentation'],
  },
  {
    title: {
      bg: 'Туристическият сезон донесе 22 % повече нощувки',
      en: 'Tourist season brings 22% more overnight stays',
    },
    lead: {
      bg: 'Местата за настаняване в общината отчитат 41 300 нощувки през летния сезон – с 22 % повече от миналата година.',
      en: 'Accommodation in the municipality reported 41,300 overnight stays in the summer season, 22% more than last year.',
    },
    category: 'economy-tourism',
    tags: ['tourism'],
    daysAgo: 62,
    cover: 'sunset-islands',
  },
  {
    title: {
      bg: 'Фериботът до отсрещния бряг с ново разписание',
      en: 'New timetable for the ferry to the opposite bank',
    },
    lead: {
      bg: 'От 1-во число фериботът тръгва на всеки 90 минути от 6:00 до 22:00 ч., включително в почивните дни.',
      en: 'From the first of the month the ferry leaves every 90 minutes from 6:00 to 22:00, weekends included.',
    },
    category: 'economy-tourism',
    tags: ['danube', 'port'],
    daysAgo: 100,
    cover: 'ferry',
  },
  {
    title: {
      bg: 'Празникът на гроздето се завръща в Бреговица',
      en: 'The grape harvest festival returns to Bregovitsa',
    },
    lead: {
      bg: 'Винарите от Бреговица канят гостите в старите изби от XIX век. Ще има и конкурс за най-добро домашно вино.',
      en: 'The wine-makers of Bregovitsa invite visitors into their nineteenth-century cellars. There will also be a home-made wine contest.',
    },
    category: 'economy-tourism',
    tags: ['festival', 'tourism'],
    daysAgo: 1,
    cover: 'vineyards',
    events: ['grape-harvest-festival'],
  },
  {
    title: {
      bg: 'Фермерският пазар вече работи и в събота',
      en: 'The farmers\u2019 market now opens on Saturdays too',
    },
    lead: {
      bg: 'По искане на гражданите фермерският пазар на пл. „Дунав“ ще работи и в събота от 7:00 до 13:00 ч.',
      en: 'At residents\u2019 request, the farmers\u2019 market on Dunav Square will also open on Saturdays from 7:00 to 13:00.',
    },
    category: 'economy-tourism',
    tags: [],
    daysAgo: 19,
    cover: 'market-square',
  },
  {
    title: {
      bg: 'Нови електронни услуги: местни данъци и удостоверения онлайн',
      en: 'New e-services: local taxes and certificates online',
    },
    lead: {
      bg: 'Гражданите вече могат да плащат местни данъци и да поискат 14 вида удостоверения през портала за електронни услуги.',
      en: 'Residents can now pay local taxes and request 14 kinds of certificates through the e-services portal.',
    },
    category: 'society',
    tags: ['e-services'],
    daysAgo: 58,
    cover: 'town-hall',
    syndicate: true,
  },
  {
    title: {
      bg: 'Центърът за услуги работи до 19:00 ч. в четвъртък',
      en: 'Service centre open until 19:00 on Thursdays',
    },
    lead: {
      bg: 'За удобство на работещите граждани Центърът за услуги и информация ще приема всеки четвъртък до 19:00 ч.',
      en: 'For people who work during the day, the citizen service centre will stay open until 19:00 every Thursday.',
    },
    category: 'society',
    tags: ['e-services'],
    daysAgo: 92,
    cover: 'town-hall',
  },
  {
    title: {
      bg: 'Безплатен транспорт за пенсионерите от селата',
      en: 'Free transport for pensioners from the villages',
    },
    lead: {
      bg: 'Пенсионерите от петте села на общината ще пътуват безплатно до Дунавец с автобусите по общинската транспортна схема.',
      en: 'Pensioners from the five villages will travel free of charge to Dunavets on the municipal bus network.',
    },
    category: 'society',
    tags: ['budget'],
    daysAgo: 125,
    cover: 'fields-yasenkovo',
  },
  {
    title: { bg: 'Домашен социален патронаж разширява услугите си', en: 'Home care service expands' },
    lead: {
      bg: 'Домашният социален патронаж вече доставя топъл обяд на 260 възрастни хора, включително в Островче и Върбово поле.',
      en: 'The home care service now delivers a hot lunch to 260 elderly people, including in Ostrovche and Varbovo Pole.',
    },
    category: 'society',
    tags: [],
    daysAgo: 160,
    cover: 'market-square',
  },
  {
    title: {
      bg: 'Общината подписа меморандум за речен туризъм с партньори от Румъния и Сърбия',
      en: 'Municipality signs a river tourism memorandum with Romanian and Serbian partners',
    },
    lead: {
      bg: 'Общините ще създадат общ туристически маршрут по Дунав и ще кандидатстват заедно по програма „Интеррег“.',
      en: 'The municipalities will create a joint tourist route along the Danube and apply together to the Interreg programme.',
    },
    category: 'international',
    tags: ['twin-towns', 'tourism', 'eu-projects'],
    daysAgo: 170,
    cover: 'ferry',
    syndicate: true,
  },
  {
    title: {
      bg: 'Делегация от побратимения Подунавац гостува в Дунавец',
      en: 'Delegation from twin town Podunavac visits Dunavets',
    },
    lead: {
      bg: 'Кметът на Подунавац и представители на местния бизнес обсъдиха общи проекти в областта на образованието и спорта.',
      en: 'The mayor of Podunavac and local business representatives discussed joint projects in education and sport.',
    },
    category: 'international',
    tags: ['twin-towns'],
    daysAgo: 66,
    cover: 'town-panorama',
  },
  {
    title: { bg: 'Ученици от Дунавец на обмен в Улменау', en: 'Dunavets pupils on exchange in Ulmenau' },
    lead: {
      bg: 'Двадесет ученици от СУ „Христо Ботев“ прекараха две седмици в побратимения германски град Улменау.',
      en: 'Twenty pupils from Hristo Botev school spent two weeks in the German twin town of Ulmenau.',
    },
    category: 'international',
    tags: ['twin-towns', 'youth', 'schools'],
    daysAgo: 135,
    cover: 'school-yard',
  },
  {
    title: {
      bg: 'Форум на побратимените градове ще се проведе в Дунавец',
      en: 'Dunavets to host a twin towns forum',
    },
    lead: {
      bg: 'Делегации от шест побратимени общини ще обсъдят общи проекти и ще подпишат меморандум за речен туризъм.',
      en: 'Delegations from six twin municipalities will discuss joint projects and sign a memorandum on river tourism.',
    },
    category: 'international',
    tags: ['twin-towns', 'eu-projects'],
    daysAgo: 6,
    cover: 'town-panorama',
    events: ['twin-towns-forum'],
  },
  {
    title: {
      bg: 'Обществено обсъждане на трасето на велоалеята до Островче',
      en: 'Public consultation on the cycle path to Ostrovche',
    },
    lead: {
      bg: 'Общината предлага три варианта за трасето на новата велоалея. Обсъждането ще бъде онлайн.',
      en: 'The municipality proposes three routes for the new cycle path. The consultation will be held online.',
    },
    category: 'infrastructure',
    tags: ['cycling'],
    daysAgo: 4,
    cover: 'bike-lane',
    campaign: 'safe-to-school',
    events: ['cycle-path-consultation-online'],
    changeNote: {
      bg: 'Обсъждането е преместено онлайн заради ремонт в залата.',
      en: 'The consultation has moved online because the hall is under repair.',
    },
  },
  {
    title: {
      bg: 'Новият участък от велоалеята по дигата е готов',
      en: 'New section of the cycle path on the dyke completed',
    },
    lead: {
      bg: 'Велосипедистите вече могат да карат по дигата от Дунавец до Бреговица – 5,6 км далеч от автомобилите.',
      en: 'Cyclists can now ride along the dyke from Dunavets to Bregovitsa: 5.6 km away from cars.',
    },
    category: 'infrastructure',
    tags: ['cycling', 'eu-projects'],
    daysAgo: 59,
    cover: 'bike-lane',
    gallery: ['flood-dyke', 'fields-yasenkovo'],
  },
  {
    title: {
      bg: 'Библиотеката в читалището удължава работното си време',
      en: 'Community centre library extends its opening hours',
    },
    lead: {
      bg: 'От началото на месеца библиотеката в читалище „Светлина“ е отворена до 19:00 часа в делничните дни и в събота сутрин.',
      en: 'Since the start of the month the library at the Svetlina community centre has been open until 7 p.m. on weekdays and on Saturday mornings.',
    },
    detail: {
      bg: 'Удълженото работно време е по предложение на читатели, които работят до късно. В събота от 10:00 часа ще има и четене на приказки за деца.',
      en: 'The longer hours follow requests from readers who work late. On Saturdays at 10 a.m. there will also be story readings for children.',
    },
    category: 'culture',
    tags: ['community-centre'],
    daysAgo: 12,
    cover: 'community-centre',
  },
  {
    title: {
      bg: 'Безплатни консултации за саниране на жилищни блокове',
      en: 'Free advice on renovating apartment blocks',
    },
    lead: {
      bg: 'От следващия месец енергиен консултант ще приема собствениците всеки вторник в Центъра за услуги и информация.',
      en: 'From next month an energy adviser will see owners every Tuesday at the citizen service centre.',
    },
    category: 'infrastructure',
    tags: ['energy-efficiency'],
    daysAgo: 8,
    cover: 'night-quay',
    campaign: 'warm-home',
    events: ['warm-home-info-day'],
    untranslated: true,
  },
  {
    title: { bg: 'Щъркелите се завърнаха във Върбово поле', en: 'The storks are back in Varbovo Pole' },
    lead: {
      bg: 'Орнитолози преброиха 34 заети гнезда – рекорд за последните десет години.',
      en: 'Ornithologists counted 34 occupied nests, a ten-year record.',
    },
    category: 'environment',
    tags: [],
    daysAgo: 190,
    cover: 'storks',
  },
  {
    title: { bg: 'Природен парк „Островите“ с нова екопътека', en: 'New nature trail in the Islands park' },
    lead: {
      bg: 'Дървената пътека над заливната гора е дълга 1,2 км и е достъпна за колички.',
      en: 'The boardwalk over the floodplain forest is 1.2 km long and accessible for wheelchairs and pushchairs.',
    },
    category: 'environment',
    tags: ['tourism', 'accessibility', 'danube'],
    daysAgo: 205,
    cover: 'islands-park',
  },
  {
    title: {
      bg: 'Гражданско бюджетиране: гласувайте за проектите на съседите си',
      en: 'Participatory budgeting: vote for your neighbours\u2019 projects',
    },
    lead: {
      bg: 'Двадесет и три проекта на граждани се състезават за 300 000 лв. от общинския бюджет. Гласуването е онлайн и в кметствата.',
      en: 'Twenty-three residents\u2019 projects are competing for 300,000 leva from the municipal budget. Voting is online and at the village halls.',
    },
    category: 'council',
    tags: ['budget', 'e-services'],
    daysAgo: 27,
    cover: 'market-square',
  },
  {
    title: { bg: 'Подготвя се зимното почистване на улиците', en: 'Winter street clearing being prepared' },
    lead: {
      bg: 'Чернова: графикът на снегопочистването и списъкът на техниката предстоят да бъдат потвърдени.',
      en: 'Draft: the snow clearing schedule and the list of vehicles are still to be confirmed.',
    },
    category: 'infrastructure',
    tags: ['roads'],
    daysAgo: 0,
    cover: 'winter-river',
    draft: 'draft',
  },
  {
    title: { bg: 'Коледният базар на пл. „Дунав“', en: 'Christmas market on Dunav Square' },
    lead: {
      bg: 'В процес на преглед: програмата на коледния базар и списъкът на търговците.',
      en: 'In review: the Christmas market programme and the list of stallholders.',
    },
    category: 'culture',
    tags: ['festival'],
    daysAgo: 0,
    cover: 'old-town-night',
    draft: 'in_review',
  },
];
