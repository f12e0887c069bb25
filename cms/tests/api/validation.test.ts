import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../helpers/cms';
import { adminWithRole, type AdminSession, type CmResponse } from '../helpers/admin';
import { newsData, pressReleaseData } from '../helpers/content';

let cms: TestCms;
let editor: AdminSession;
const NEWS = 'api::news-article.news-article';
const PRESS = 'api::press-release.press-release';
const EVENT = 'api::event.event';
const CAMPAIGN = 'api::campaign.campaign';
const AGREEMENT = 'api::agreement.agreement';
const MEDIA = 'api::media-asset.media-asset';

async function fileRow(name: string, mime: string, alternativeText: string | null): Promise<number> {
  const row = (await cms.strapi.db.query('plugin::upload.file').create({
    data: {
      name,
      mime,
      alternativeText,
      hash: name.replace(/\W/g, '_'),
      ext: `.${name.split('.').pop()}`,
      size: 12.3,
      url: `/uploads/${name}`,
      provider: 'local',
      width: 800,
      height: 600,
    },
  })) as { id: number };
  return row.id;
}

function errorText(response: CmResponse): string {
  return response.body.error?.message ?? '';
}

function fieldErrors(response: CmResponse): string[] {
  const details = response.body.error?.details as { errors?: Array<{ path: string[] }> } | undefined;
  return (details?.errors ?? []).map((error) => error.path.join('.'));
}

beforeAll(async () => {
  cms = await startCms();
  editor = await adminWithRole(cms, 'strapi-editor');
});
afterAll(async () => {
  await cms?.stop();
});

describe('validation messages an editor understands (400, nothing saved)', () => {
  it('requires title and summary', async () => {
    const before = await cms.strapi.db.query(NEWS).count();
    const response = await editor.cm.create(NEWS, { title: '  ', summary: '' });
    expect(response.status).toBe(400);
    expect(errorText(response)).toContain('The title is required.');
    expect(errorText(response)).toContain('The summary is required');
    expect(fieldErrors(response)).toEqual(expect.arrayContaining(['title', 'summary']));
    expect(await cms.strapi.db.query(NEWS).count()).toBe(before);
  });

  it('makes the slug from the title by Bulgarian transliteration and keeps slugs unique per language', async () => {
    const first = await editor.cm.create(NEWS, newsData({ title: 'Щастливи деца в Русе' }));
    expect(first.status).toBe(201);
    expect(first.body.data?.slug).toBe('shtastlivi-detsa-v-ruse');
    const clash = await editor.cm.create(NEWS, newsData({ title: 'Щастливи деца в Русе' }));
    expect(clash.status).toBe(400);
    expect(errorText(clash)).toContain('"shtastlivi-detsa-v-ruse" is already used');
    // The same slug in the other language is fine.
    const english = await editor.cm.update(
      NEWS,
      first.body.data?.documentId as string,
      { title: 'Happy children', summary: 'Summary.', slug: 'shtastlivi-detsa-v-ruse' },
      'en',
    );
    expect(english.status).toBe(200);
    const invalid = await editor.cm.create(NEWS, newsData({ slug: '../etc/passwd' }));
    expect(invalid.status).toBe(400);
    expect(errorText(invalid)).toContain('only small Latin letters');
  });

  it('events: end not before start, valid registration link', async () => {
    const response = await editor.cm.create(EVENT, {
      title: 'Концерт',
      summary: 'Концерт на площада.',
      start: '2030-06-01T18:00:00.000Z',
      end: '2030-06-01T17:00:00.000Z',
      registrationUrl: 'javascript:alert(1)',
    });
    expect(response.status).toBe(400);
    expect(errorText(response)).toContain('cannot end before it starts');
    expect(errorText(response)).toContain('is not a web address');
    const ok = await editor.cm.create(EVENT, {
      title: 'Концерт',
      summary: 'Концерт на площада.',
      start: '2030-06-01T18:00:00.000Z',
      end: '2030-06-01T20:00:00.000Z',
      registrationUrl: 'https://ruse.example.bg/register',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.data?.eventStatus).toBe('scheduled');
  });

  it('campaigns: end date not before start; status derived and read-only', async () => {
    const bad = await editor.cm.create(CAMPAIGN, {
      title: 'Чист град',
      summary: 'Пролетно почистване.',
      startDate: '2026-04-10',
      endDate: '2026-04-01',
    });
    expect(bad.status).toBe(400);
    expect(errorText(bad)).toContain('cannot end before it starts');
    const past = await editor.cm.create(CAMPAIGN, {
      title: 'Минала кампания',
      summary: 'Приключи.',
      startDate: '2020-04-01',
      endDate: '2020-04-30',
      campaignStatus: 'active',
    });
    expect(past.status).toBe(201);
    expect(past.body.data?.campaignStatus).toBe('closed');
  });

  it('agreements: unique register number, ISO country, validity range, status from dates, terminated kept', async () => {
    const base = {
      title: 'Споразумение с Гюргево',
      registerNumber: 'МД-2019-003',
      partnerName: 'Гюргево',
      partnerCountry: 'ro',
      kind: 'twinning',
      signedOn: '2019-05-01',
      validFrom: '2019-06-01',
      validUntil: '2020-05-31',
    };
    const first = await editor.cm.create(AGREEMENT, base);
    expect(first.status).toBe(201);
    expect(first.body.data?.partnerCountry).toBe('RO');
    expect(first.body.data?.agreementStatus).toBe('expired');
    const duplicate = await editor.cm.create(AGREEMENT, { ...base, title: 'Друго' });
    expect(duplicate.status).toBe(400);
    expect(errorText(duplicate)).toContain('Register number "МД-2019-003" is already used');
    const badCountry = await editor.cm.create(AGREEMENT, {
      ...base,
      registerNumber: 'МД-2020-001',
      partnerCountry: 'XX',
      validUntil: '2019-01-01',
    });
    expect(badCountry.status).toBe(400);
    expect(errorText(badCountry)).toContain('"XX" is not an ISO 3166-1 country code');
    expect(errorText(badCountry)).toContain('valid until');
    const terminated = await editor.cm.update(AGREEMENT, first.body.data?.documentId as string, {
      ...base,
      agreementStatus: 'terminated',
    });
    expect(terminated.status).toBe(200);
    expect(terminated.body.data?.agreementStatus).toBe('terminated');
    const edited = await editor.cm.update(AGREEMENT, first.body.data?.documentId as string, {
      subject: 'Култура и туризъм',
    });
    expect(edited.body.data?.agreementStatus).toBe('terminated');
  });

  it('alt text is required on every image an entry uses, components included', async () => {
    const noAlt = await fileRow('kmet.jpg', 'image/jpeg', null);
    const withAlt = await fileRow('ploshtad.jpg', 'image/jpeg', 'Площадът в Русе');
    const pdf = await fileRow('reshenie.pdf', 'application/pdf', null);
    const cover = await editor.cm.create(NEWS, newsData({ cover: noAlt }));
    expect(cover.status).toBe(400);
    expect(errorText(cover)).toContain('The image "kmet.jpg" (cover) has no alternative text');
    const gallery = await editor.cm.create(
      NEWS,
      newsData({ cover: withAlt, gallery: [withAlt, noAlt], seo: { metaTitle: 'x', shareImage: noAlt } }),
    );
    expect(gallery.status).toBe(400);
    expect(fieldErrors(gallery)).toEqual(expect.arrayContaining(['gallery', 'seo.shareImage']));
    const ok = await editor.cm.create(NEWS, newsData({ cover: withAlt, gallery: [withAlt] }));
    expect(ok.status).toBe(201);
    const sponsor = await editor.cm.create(CAMPAIGN, {
      title: 'Спонсори',
      summary: 'С лого.',
      startDate: '2030-01-01',
      sponsors: [{ name: 'Фирма', logo: noAlt, url: 'https://firma.example.bg' }],
    });
    expect(sponsor.status).toBe(400);
    expect(fieldErrors(sponsor)).toContain('sponsors.0.logo');
    // A PDF attachment needs no alternative text.
    const release = await editor.cm.create(PRESS, pressReleaseData({ attachments: [pdf] }));
    expect(release.status).toBe(201);
  });

  it('media assets: licence, credit and (for images) alt text required', async () => {
    const image = await fileRow('dunav.jpg', 'image/jpeg', null);
    const response = await editor.cm.create(MEDIA, { title: 'Дунав', file: image });
    expect(response.status).toBe(400);
    expect(errorText(response)).toContain('The credit (author or copyright holder) is required');
    expect(errorText(response)).toContain('Choose a licence');
    expect(errorText(response)).toContain('Alternative text is required: "dunav.jpg" is an image');
    const ok = await editor.cm.create(MEDIA, {
      title: 'Дунав',
      file: image,
      credit: 'Община Русе',
      licence: 'cc_by_4_0',
      altText: 'Река Дунав при залез',
    });
    expect(ok.status).toBe(201);
  });

  it('press releases: embargo not in the past on a new release; reference numbers PR-YYYY-NNN per year, read-only', async () => {
    const past = await editor.cm.create(
      PRESS,
      pressReleaseData({ embargoUntil: '2020-01-01T00:00:00.000Z' }),
    );
    expect(past.status).toBe(400);
    expect(errorText(past)).toContain('The embargo time is in the past');
    const first = await editor.cm.create(
      PRESS,
      pressReleaseData({ releaseDate: '2027-02-01T09:00:00.000Z', referenceNumber: 'PR-2027-999' }),
    );
    const second = await editor.cm.create(
      PRESS,
      pressReleaseData({ releaseDate: '2027-05-01T09:00:00.000Z' }),
    );
    const otherYear = await editor.cm.create(
      PRESS,
      pressReleaseData({ releaseDate: '2028-01-02T09:00:00.000Z' }),
    );
    expect([
      first.body.data?.referenceNumber,
      second.body.data?.referenceNumber,
      otherYear.body.data?.referenceNumber,
    ]).toEqual(['PR-2027-001', 'PR-2027-002', 'PR-2028-001']);
    // Kept on update, shared by the English version.
    const english = await editor.cm.update(
      PRESS,
      first.body.data?.documentId as string,
      { title: 'Release', summary: 'Summary.' },
      'en',
    );
    expect(english.body.data?.referenceNumber).toBe('PR-2027-001');
  });

  it('gives distinct reference numbers to releases created at the same moment', async () => {
    const created = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          cms.strapi.documents(PRESS).create({
            data: pressReleaseData({ releaseDate: '2029-03-01T09:00:00.000Z' }),
            locale: 'bg',
          } as never) as Promise<{ referenceNumber: string }>,
      ),
    );
    const numbers = created.map((entry) => entry.referenceNumber).sort();
    expect(numbers).toEqual([
      'PR-2029-001',
      'PR-2029-002',
      'PR-2029-003',
      'PR-2029-004',
      'PR-2029-005',
      'PR-2029-006',
    ]);
  });
});
