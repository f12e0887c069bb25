/** The press office team (invented people; portraits are generated initials, not photos). */
import type { Bilingual } from './types';

export interface PressContactData {
  key: string;
  name: Bilingual;
  role: Bilingual;
  phone: string;
  email: string;
  /** Colour of the generated portrait placeholder. */
  colour: string;
}

export const PRESS_CONTACTS: readonly PressContactData[] = [
  {
    key: 'ivelina-stoyanova',
    name: { bg: 'Ивелина Стоянова', en: 'Ivelina Stoyanova' },
    role: { bg: 'Началник на отдел „Връзки с обществеността“', en: 'Head of Public Relations' },
    phone: '+359 99 000 120',
    email: 'i.stoyanova@dunavets.example',
    colour: '#2a6f97',
  },
  {
    key: 'georgi-marinov',
    name: { bg: 'Георги Маринов', en: 'Georgi Marinov' },
    role: { bg: 'Говорител на кмета', en: "Mayor's spokesperson" },
    phone: '+359 99 000 121',
    email: 'g.marinov@dunavets.example',
    colour: '#8a5a44',
  },
  {
    key: 'desislava-koleva',
    name: { bg: 'Десислава Колева', en: 'Desislava Koleva' },
    role: { bg: 'Експерт „Медии и акредитации“', en: 'Media and accreditation officer' },
    phone: '+359 99 000 122',
    email: 'd.koleva@dunavets.example',
    colour: '#5b7d3e',
  },
  {
    key: 'nikolay-dimitrov',
    name: { bg: 'Николай Димитров', en: 'Nikolay Dimitrov' },
    role: {
      bg: 'Международни медии и проекти (английски, немски)',
      en: 'International media and projects (English, German)',
    },
    phone: '+359 99 000 123',
    email: 'n.dimitrov@dunavets.example',
    colour: '#6c4a6e',
  },
];
