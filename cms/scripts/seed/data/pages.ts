/** The three standing pages: accessibility statement, privacy notice, about the press department. */
import type { Bilingual } from './types';

export type PageKind = 'accessibility' | 'privacy' | 'about' | 'other';

/** A section of a page: a heading, paragraphs, and an optional bullet list. */
export interface PageSection {
  heading?: string;
  paragraphs: string[];
  list?: string[];
}

export interface PageData {
  kind: PageKind;
  title: Bilingual;
  summary: Bilingual;
  sections: Bilingual<PageSection[]>;
}

export const PAGES: readonly PageData[] = [
  {
    kind: 'accessibility',
    title: { bg: 'Декларация за достъпност', en: 'Accessibility statement' },
    summary: {
      bg: 'Как осигуряваме достъпността на сайта и как да ни съобщите за проблем.',
      en: 'How we make this website accessible and how to report a problem.',
    },
    sections: {
      bg: [
        {
          paragraphs: [
            'Община Дунавец се ангажира да направи уебсайта си достъпен в съответствие със Закона за електронното управление и Директива (ЕС) 2016/2102. Тази декларация се отнася за сайта „Глас на Дунавец“.',
          ],
        },
        {
          heading: 'Състояние на съответствието',
          paragraphs: [
            'Сайтът е в съответствие със стандарта EN 301 549 и с WCAG 2.2, ниво AA. Всяка страница се проверява автоматично при всяко публикуване.',
          ],
        },
        {
          heading: 'Какво можете да правите',
          paragraphs: ['На този сайт можете:'],
          list: [
            'да увеличавате текста до 200 % без загуба на съдържание',
            'да навигирате само с клавиатура',
            'да използвате екранен четец',
            'да четете съдържанието на български и английски език',
            'да изтегляте регистъра на споразуменията в отворени формати CSV и JSON',
          ],
        },
        {
          heading: 'Обратна връзка',
          paragraphs: [
            'Ако откриете проблем с достъпността, пишете ни на access@dunavets.example или се обадете на +359 99 000 100. Ще отговорим в срок до 14 дни.',
          ],
        },
        {
          heading: 'Изготвяне на декларацията',
          paragraphs: [
            'Декларацията е изготвена въз основа на самооценка и автоматизирани тестове. Преглежда се веднъж годишно.',
          ],
        },
      ],
      en: [
        {
          paragraphs: [
            'Dunavets Municipality is committed to making its website accessible in line with the Bulgarian E-Government Act and Directive (EU) 2016/2102. This statement covers the Voice of Dunavets website.',
          ],
        },
        {
          heading: 'Compliance status',
          paragraphs: [
            'The site conforms to EN 301 549 and WCAG 2.2 level AA. Every page is checked automatically each time content is published.',
          ],
        },
        {
          heading: 'What you can do',
          paragraphs: ['On this website you can:'],
          list: [
            'zoom text up to 200% without losing content',
            'navigate with a keyboard only',
            'use a screen reader',
            'read the content in Bulgarian and English',
            'download the agreements register as open CSV and JSON files',
          ],
        },
        {
          heading: 'Feedback',
          paragraphs: [
            'If you find an accessibility problem, write to access@dunavets.example or call +359 99 000 100. We will reply within 14 days.',
          ],
        },
        {
          heading: 'Preparation of this statement',
          paragraphs: [
            'This statement is based on a self-assessment and automated tests. It is reviewed once a year.',
          ],
        },
      ],
    },
  },
  {
    kind: 'privacy',
    title: { bg: 'Политика за поверителност', en: 'Privacy notice' },
    summary: {
      bg: 'Какви лични данни обработва сайтът и какви са правата ви.',
      en: 'What personal data this website processes and what your rights are.',
    },
    sections: {
      bg: [
        {
          paragraphs: [
            'Администратор на личните данни е Община Дунавец, пл. „Дунав“ № 1, 3999 Дунавец. Длъжностното лице по защита на данните е на разположение на dpo@dunavets.example.',
          ],
        },
        {
          heading: 'Какво събираме',
          paragraphs: [
            'Сайтът не използва бисквитки за проследяване и не събира данни за посетителите. Сървърът пази технически журнали (IP адрес, час, заявена страница) за 30 дни с цел сигурност.',
          ],
        },
        {
          heading: 'Акредитации и абонаменти',
          paragraphs: [
            'Когато се акредитирате за събитие, обработваме вашето име, медия и телефон само за организацията на събитието и ги изтриваме до 30 дни след него.',
          ],
        },
        {
          heading: 'Снимки от събития',
          paragraphs: [
            'Публикуваме снимки на разпознаваеми хора само с тяхното съгласие, което е отбелязано в медийната библиотека. Можете да поискате премахване на снимка по всяко време.',
          ],
        },
        {
          heading: 'Вашите права',
          paragraphs: [
            'Имате право на достъп, коригиране, изтриване и ограничаване на обработването, както и право на жалба до Комисията за защита на личните данни.',
          ],
        },
      ],
      en: [
        {
          paragraphs: [
            'The controller of personal data is Dunavets Municipality, 1 Dunav Square, 3999 Dunavets. The data protection officer can be reached at dpo@dunavets.example.',
          ],
        },
        {
          heading: 'What we collect',
          paragraphs: [
            'This website uses no tracking cookies and collects no visitor data. The server keeps technical logs (IP address, time, page requested) for 30 days for security.',
          ],
        },
        {
          heading: 'Accreditation and subscriptions',
          paragraphs: [
            'When you register for an event, we process your name, outlet and phone number only to organise the event, and delete them within 30 days after it.',
          ],
        },
        {
          heading: 'Photos from events',
          paragraphs: [
            'We publish photos of recognisable people only with their consent, which is recorded in the media library. You can ask for a photo to be removed at any time.',
          ],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            'You have the right of access, rectification, erasure and restriction of processing, and the right to lodge a complaint with the Commission for Personal Data Protection.',
          ],
        },
      ],
    },
  },
  {
    kind: 'about',
    title: { bg: 'За отдел „Връзки с обществеността“', en: 'About the Public Relations department' },
    summary: {
      bg: 'Кои сме, с какво се занимаваме и как да се свържете с нас.',
      en: 'Who we are, what we do and how to reach us.',
    },
    sections: {
      bg: [
        {
          paragraphs: [
            'Отдел „Връзки с обществеността“ информира гражданите и медиите за работата на Община Дунавец. Публикуваме новини, прессъобщения, календар на събитията и регистъра на международните споразумения.',
          ],
        },
        {
          heading: 'С какво можем да помогнем',
          paragraphs: ['Журналистите могат да се обръщат към нас за:'],
          list: [
            'интервюта с кмета и заместник-кметовете',
            'акредитации за пресконференции и събития',
            'снимки и видео за медиите',
            'информация по Закона за достъп до обществена информация',
          ],
        },
        {
          heading: 'Работно време',
          paragraphs: [
            'Понеделник – петък от 8:30 до 17:00 ч. При бедствия и аварии пресцентърът работи денонощно.',
          ],
        },
        {
          heading: 'Демонстрационно съдържание',
          paragraphs: [
            'Внимание: Община Дунавец не съществува. Цялото съдържание на този сайт – новини, хора, адреси, телефони, споразумения и снимки – е измислено, за да демонстрира системата „Гласник“.',
          ],
        },
      ],
      en: [
        {
          paragraphs: [
            'The Public Relations department keeps residents and the media informed about the work of Dunavets Municipality. We publish news, press releases, the events calendar and the register of international agreements.',
          ],
        },
        {
          heading: 'How we can help',
          paragraphs: ['Journalists can contact us for:'],
          list: [
            'interviews with the mayor and deputy mayors',
            'accreditation for press conferences and events',
            'photos and video for the media',
            'information under the Access to Public Information Act',
          ],
        },
        {
          heading: 'Opening hours',
          paragraphs: [
            'Monday to Friday, 8:30 to 17:00. During emergencies the press office works around the clock.',
          ],
        },
        {
          heading: 'Demo content',
          paragraphs: [
            'Please note: Dunavets Municipality does not exist. Everything on this website (news, people, addresses, phone numbers, agreements and photos) is invented to demonstrate the Glasnik system.',
          ],
        },
      ],
    },
  },
];
