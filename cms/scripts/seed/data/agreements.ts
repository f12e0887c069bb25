/**
 * The register of international agreements: 15 entries with invented partner towns in real countries.
 * Fixed historical dates keep register numbers stable; only the agreement "in preparation" is dated
 * relative to the seed run (its signing lies ahead).
 */
import type { Bilingual } from './types';

export type AgreementKind = 'twinning' | 'cooperation' | 'memorandum' | 'framework' | 'project' | 'other';

export interface AgreementData {
  /** Register number; `{year}` is replaced by the planned signing year (in preparation only). */
  registerNumber: string;
  title: Bilingual;
  partnerName: Bilingual;
  /** ISO 3166-1 alpha-2. */
  partnerCountry: string;
  kind: AgreementKind;
  subject: Bilingual;
  /** ISO date, or days from the seed run for the agreement in preparation. */
  signedOn: string | number;
  signedBy: Bilingual;
  validFrom?: string | number;
  validUntil?: string;
  autoRenewal?: boolean;
  /** Editor's decision that the derived status must not override. */
  terminated?: boolean;
  entryIntoForce?: string | number;
  areas: Bilingual<string[]>;
  councilDecision?: { number: string; protocol: string; date: string };
  /** Also attach an English translation of the signed text. */
  withTranslation?: boolean;
  /** English titles of news articles about this agreement. */
  relatedNews?: string[];
}

const MAYOR = { bg: 'Мирослав Петков, кмет на Община Дунавец', en: 'Miroslav Petkov, Mayor of Dunavets' };
const signers = (bg: string, en: string): Bilingual => ({
  bg: `${MAYOR.bg}; ${bg}`,
  en: `${MAYOR.en}; ${en}`,
});

export const AGREEMENTS: readonly AgreementData[] = [
  {
    registerNumber: 'МД-2008-001',
    title: {
      bg: 'Споразумение за побратимяване с община Портулешти',
      en: 'Twinning agreement with Portulești',
    },
    partnerName: { bg: 'Община Портулешти', en: 'Comuna Portulești' },
    partnerCountry: 'RO',
    kind: 'twinning',
    subject: {
      bg: 'Побратимяване на двете общини от двата бряга на Дунав, сътрудничество в културата, образованието и фериботната връзка.',
      en: 'Twinning of the two municipalities on opposite banks of the Danube; cooperation in culture, education and the ferry link.',
    },
    signedOn: '2008-05-16',
    signedBy: signers('Ion Mărgărit, кмет на Портулешти', 'Ion Mărgărit, Mayor of Portulești'),
    validFrom: '2008-05-16',
    entryIntoForce: '2008-05-16',
    autoRenewal: true,
    areas: { bg: ['култура', 'образование', 'транспорт'], en: ['culture', 'education', 'transport'] },
    councilDecision: { number: '512', protocol: '41', date: '2008-04-24' },
    withTranslation: true,
    relatedNews: ['Municipality signs a river tourism memorandum with Romanian and Serbian partners'],
  },
  {
    registerNumber: 'МД-2011-002',
    title: {
      bg: 'Споразумение за побратимяване с община Подунавац',
      en: 'Twinning agreement with Podunavac',
    },
    partnerName: { bg: 'Община Подунавац', en: 'Opština Podunavac' },
    partnerCountry: 'RS',
    kind: 'twinning',
    subject: {
      bg: 'Обмен на ученици и спортисти, съвместни фестивали, сътрудничество на местния бизнес.',
      en: 'Exchanges of pupils and athletes, joint festivals and cooperation between local businesses.',
    },
    signedOn: '2011-09-23',
    signedBy: signers(
      'Dragan Jovanović, председател на община Подунавац',
      'Dragan Jovanović, President of Podunavac Municipality',
    ),
    validFrom: '2011-09-23',
    entryIntoForce: '2011-10-01',
    autoRenewal: true,
    areas: { bg: ['образование', 'спорт', 'икономика'], en: ['education', 'sport', 'economy'] },
    councilDecision: { number: '287', protocol: '22', date: '2011-08-30' },
    withTranslation: true,
    relatedNews: ['Delegation from twin town Podunavac visits Dunavets'],
  },
  {
    registerNumber: 'МД-2013-001',
    title: {
      bg: 'Споразумение за побратимяване с град Улменау на Дунав',
      en: 'Twinning agreement with Ulmenau an der Donau',
    },
    partnerName: { bg: 'Град Улменау на Дунав', en: 'Stadt Ulmenau an der Donau' },
    partnerCountry: 'DE',
    kind: 'twinning',
    subject: {
      bg: 'Ученически обмен, професионално обучение и опит в управлението на отпадъците.',
      en: 'School exchanges, vocational training and experience in waste management.',
    },
    signedOn: '2013-06-07',
    signedBy: signers(
      'Dr. Katrin Albrecht, първи кмет на Улменау',
      'Dr. Katrin Albrecht, First Mayor of Ulmenau',
    ),
    validFrom: '2013-06-07',
    entryIntoForce: '2013-06-07',
    autoRenewal: true,
    areas: {
      bg: ['образование', 'професионално обучение', 'околна среда'],
      en: ['education', 'vocational training', 'environment'],
    },
    councilDecision: { number: '94', protocol: '9', date: '2013-05-16' },
    withTranslation: true,
    relatedNews: ['Dunavets pupils on exchange in Ulmenau'],
  },
  {
    registerNumber: 'МД-2014-002',
    title: {
      bg: 'Споразумение за сътрудничество с град Дунакьовар',
      en: 'Cooperation agreement with Dunakővár',
    },
    partnerName: { bg: 'Град Дунакьовар', en: 'Dunakővár Város' },
    partnerCountry: 'HU',
    kind: 'cooperation',
    subject: {
      bg: 'Сътрудничество в речния туризъм и опазването на заливните гори.',
      en: 'Cooperation in river tourism and the protection of floodplain forests.',
    },
    signedOn: '2014-10-10',
    signedBy: signers('Szabó Gergely, кмет на Дунакьовар', 'Gergely Szabó, Mayor of Dunakővár'),
    validFrom: '2014-10-10',
    validUntil: '2029-10-09',
    entryIntoForce: '2014-11-01',
    autoRenewal: true,
    areas: { bg: ['туризъм', 'околна среда'], en: ['tourism', 'environment'] },
    councilDecision: { number: '163', protocol: '15', date: '2014-09-25' },
  },
  {
    registerNumber: 'МД-2015-001',
    title: {
      bg: 'Споразумение за побратимяване с Белрив сюр Лоар',
      en: 'Twinning agreement with Bellerive-sur-Loire',
    },
    partnerName: { bg: 'Община Белрив сюр Лоар', en: 'Commune de Bellerive-sur-Loire' },
    partnerCountry: 'FR',
    kind: 'twinning',
    subject: {
      bg: 'Културен обмен и сътрудничество между винарските общности. Споразумението не е подновено след изтичане на срока.',
      en: 'Cultural exchange and cooperation between wine-making communities. Not renewed when its term ended.',
    },
    signedOn: '2015-03-20',
    signedBy: signers(
      'Claire Dubois, кмет на Белрив сюр Лоар',
      'Claire Dubois, Mayor of Bellerive-sur-Loire',
    ),
    validFrom: '2015-03-20',
    validUntil: '2020-03-19',
    entryIntoForce: '2015-03-20',
    areas: { bg: ['култура', 'винарство'], en: ['culture', 'wine-making'] },
    councilDecision: { number: '318', protocol: '27', date: '2015-02-26' },
    withTranslation: true,
  },
  {
    registerNumber: 'МД-2016-003',
    title: {
      bg: 'Меморандум за разбирателство с община Дунайске Върби',
      en: 'Memorandum of understanding with Dunajské Vŕby',
    },
    partnerName: { bg: 'Община Дунайске Върби', en: 'Obec Dunajské Vŕby' },
    partnerCountry: 'SK',
    kind: 'memorandum',
    subject: {
      bg: 'Обмен на опит в електронното управление и услугите за гражданите.',
      en: 'Sharing experience in e-government and services for citizens.',
    },
    signedOn: '2016-11-04',
    signedBy: signers('Ing. Peter Kováč, кмет на Дунайске Върби', 'Ing. Peter Kováč, Mayor of Dunajské Vŕby'),
    validFrom: '2016-11-04',
    entryIntoForce: '2016-11-04',
    areas: {
      bg: ['електронно управление', 'административни услуги'],
      en: ['e-government', 'administrative services'],
    },
    councilDecision: { number: '402', protocol: '33', date: '2016-10-20' },
  },
  {
    registerNumber: 'МД-2017-001',
    title: {
      bg: 'Споразумение за сътрудничество с пазарната община Щромбах',
      en: 'Cooperation agreement with the market town of Strombach',
    },
    partnerName: { bg: 'Пазарна община Щромбах', en: 'Marktgemeinde Strombach' },
    partnerCountry: 'AT',
    kind: 'cooperation',
    subject: {
      bg: 'Сътрудничество в защитата от наводнения и гражданската защита.',
      en: 'Cooperation in flood protection and civil protection.',
    },
    signedOn: '2017-04-12',
    signedBy: signers('Mag. Johann Leitner, кмет на Щромбах', 'Mag. Johann Leitner, Mayor of Strombach'),
    validFrom: '2017-05-01',
    entryIntoForce: '2017-05-01',
    areas: {
      bg: ['защита от наводнения', 'гражданска защита'],
      en: ['flood protection', 'civil protection'],
    },
    councilDecision: { number: '77', protocol: '6', date: '2017-03-30' },
  },
  {
    registerNumber: 'МД-2018-002',
    title: {
      bg: 'Меморандум за сътрудничество с дем Неа Акти',
      en: 'Memorandum of cooperation with the Municipality of Nea Akti',
    },
    partnerName: { bg: 'Дем Неа Акти', en: 'Dimos Neas Aktis' },
    partnerCountry: 'GR',
    kind: 'memorandum',
    subject: {
      bg: 'Сътрудничество в туризма и летни лагери за деца. Прекратен по взаимно съгласие.',
      en: 'Cooperation in tourism and summer camps for children. Terminated by mutual consent.',
    },
    signedOn: '2018-07-02',
    signedBy: signers('Georgios Papadakis, кмет на Неа Акти', 'Georgios Papadakis, Mayor of Nea Akti'),
    validFrom: '2018-07-02',
    validUntil: '2028-07-01',
    entryIntoForce: '2018-07-02',
    terminated: true,
    areas: { bg: ['туризъм', 'младежи'], en: ['tourism', 'youth'] },
    councilDecision: { number: '233', protocol: '19', date: '2018-06-14' },
  },
  {
    registerNumber: 'МД-2019-003',
    title: {
      bg: 'Партньорско споразумение по проект „Речно наследство“',
      en: 'Partnership agreement for the River Heritage project',
    },
    partnerName: { bg: 'Община Портоверде', en: 'Comune di Portoverde' },
    partnerCountry: 'IT',
    kind: 'project',
    subject: {
      bg: 'Съвместен проект по програма „Интеррег Европа“ за опазване и представяне на речното културно наследство.',
      en: 'A joint Interreg Europe project to preserve and present river heritage.',
    },
    signedOn: '2019-02-18',
    signedBy: signers(
      'Dott.ssa Giulia Ferri, кмет на Портоверде',
      'Dott.ssa Giulia Ferri, Mayor of Portoverde',
    ),
    validFrom: '2019-03-01',
    validUntil: '2027-06-30',
    entryIntoForce: '2019-03-01',
    areas: { bg: ['културно наследство', 'европейски проекти'], en: ['cultural heritage', 'EU projects'] },
    councilDecision: { number: '512', protocol: '44', date: '2019-01-31' },
  },
  {
    registerNumber: 'МД-2020-001',
    title: {
      bg: 'Споразумение за сътрудничество с община Ново Езерце',
      en: 'Cooperation agreement with Novo Ezerce',
    },
    partnerName: { bg: 'Община Ново Езерце', en: 'Opština Novo Ezerce' },
    partnerCountry: 'MK',
    kind: 'cooperation',
    subject: {
      bg: 'Културно сътрудничество, съвместни фолклорни фестивали и обмен на читалищни състави.',
      en: 'Cultural cooperation, joint folk festivals and exchanges between community centre ensembles.',
    },
    signedOn: '2020-09-15',
    signedBy: signers(
      'Biljana Stojanovska, кмет на Ново Езерце',
      'Biljana Stojanovska, Mayor of Novo Ezerce',
    ),
    validFrom: '2020-09-15',
    entryIntoForce: '2020-09-15',
    areas: { bg: ['култура', 'фолклор'], en: ['culture', 'folklore'] },
    councilDecision: { number: '188', protocol: '16', date: '2020-08-27' },
  },
  {
    registerNumber: 'МД-2021-002',
    title: {
      bg: 'Меморандум за речен туризъм с градовете Вадул Ноу и Подунавац',
      en: 'River tourism memorandum with Vadul Nou and Podunavac',
    },
    partnerName: { bg: 'Град Вадул Ноу', en: 'Orașul Vadul Nou' },
    partnerCountry: 'MD',
    kind: 'memorandum',
    subject: {
      bg: 'Общ туристически маршрут по Дунав и съвместно кандидатстване по програма „Интеррег“.',
      en: 'A joint tourist route along the Danube and joint applications to Interreg.',
    },
    signedOn: '2021-05-28',
    signedBy: signers('Victor Ceban, кмет на Вадул Ноу', 'Victor Ceban, Mayor of Vadul Nou'),
    validFrom: '2021-06-01',
    entryIntoForce: '2021-06-01',
    areas: { bg: ['туризъм', 'европейски проекти'], en: ['tourism', 'EU projects'] },
    councilDecision: { number: '305', protocol: '25', date: '2021-04-29' },
    relatedNews: ['Municipality signs a river tourism memorandum with Romanian and Serbian partners'],
  },
  {
    registerNumber: 'МД-2022-001',
    title: {
      bg: 'Рамково споразумение с мрежата „Дунавски туристически пътища“',
      en: 'Framework agreement with the Danube Tourism Routes network',
    },
    partnerName: { bg: 'Сдружение „Дунавски туристически пътища“', en: 'Danube Tourism Routes Association' },
    partnerCountry: 'AT',
    kind: 'framework',
    subject: {
      bg: 'Членство в мрежата и участие в общия маркетинг на дунавските дестинации.',
      en: 'Membership of the network and joint marketing of Danube destinations.',
    },
    signedOn: '2022-03-09',
    signedBy: signers('Mag. Eva Huber, изпълнителен директор', 'Mag. Eva Huber, Executive Director'),
    validFrom: '2022-03-09',
    entryIntoForce: '2022-04-01',
    autoRenewal: true,
    areas: { bg: ['туризъм', 'маркетинг'], en: ['tourism', 'marketing'] },
    councilDecision: { number: '41', protocol: '4', date: '2022-02-24' },
  },
  {
    registerNumber: 'МД-2023-004',
    title: {
      bg: 'Споразумение за сътрудничество с община Ахалсопели',
      en: 'Cooperation agreement with Akhalsopeli Municipality',
    },
    partnerName: { bg: 'Община Ахалсопели', en: 'Akhalsopeli Municipality' },
    partnerCountry: 'GE',
    kind: 'cooperation',
    subject: {
      bg: 'Винен туризъм, обмен на лозари и винари, съвместни дегустации.',
      en: 'Wine tourism, exchanges of growers and wine-makers, joint tastings.',
    },
    signedOn: '2023-10-06',
    signedBy: signers('Levan Beridze, кмет на Ахалсопели', 'Levan Beridze, Mayor of Akhalsopeli'),
    validFrom: '2023-10-06',
    entryIntoForce: '2023-10-06',
    areas: { bg: ['туризъм', 'винарство', 'икономика'], en: ['tourism', 'wine-making', 'economy'] },
    councilDecision: { number: '622', protocol: '52', date: '2023-09-28' },
  },
  {
    registerNumber: 'МД-2024-002',
    title: {
      bg: 'Меморандум за образователно сътрудничество с град Ривърбенд',
      en: 'Memorandum on education with the Town of Riverbend',
    },
    partnerName: { bg: 'Град Ривърбенд, Манитоба', en: 'Town of Riverbend, Manitoba' },
    partnerCountry: 'CA',
    kind: 'memorandum',
    subject: {
      bg: 'Онлайн уроци по български език за децата от българската общност и обмен на учители.',
      en: 'Online Bulgarian lessons for children of the Bulgarian community and teacher exchanges.',
    },
    signedOn: '2024-06-20',
    signedBy: signers('Sarah MacLeod, кмет на Ривърбенд', 'Sarah MacLeod, Mayor of Riverbend'),
    validFrom: '2024-09-01',
    entryIntoForce: '2024-09-01',
    areas: {
      bg: ['образование', 'българска общност в чужбина'],
      en: ['education', 'Bulgarian community abroad'],
    },
    councilDecision: { number: '118', protocol: '11', date: '2024-05-30' },
  },
  {
    registerNumber: 'МД-{year}-001',
    title: {
      bg: 'Споразумение за сътрудничество с община Виславски брод',
      en: 'Cooperation agreement with Gmina Wiślany Bród',
    },
    partnerName: { bg: 'Община Виславски брод', en: 'Gmina Wiślany Bród' },
    partnerCountry: 'PL',
    kind: 'cooperation',
    subject: {
      bg: 'Проект на споразумение: сътрудничество в социалните услуги и младежките обмени. Предстои одобрение от Общинския съвет и подписване.',
      en: 'Draft agreement: cooperation in social services and youth exchanges. Awaiting council approval and signature.',
    },
    signedOn: 45,
    signedBy: signers('Tomasz Wójcik, кмет на Виславски брод', 'Tomasz Wójcik, Mayor of Wiślany Bród'),
    validFrom: 45,
    areas: { bg: ['социални услуги', 'младежи'], en: ['social services', 'youth'] },
  },
];
