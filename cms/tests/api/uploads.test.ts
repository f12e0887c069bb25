import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../helpers/cms';
import { adminWithRole, type AdminSession } from '../helpers/admin';

let cms: TestCms;
let editor: AdminSession;

interface UploadedFile {
  id: number;
  name: string;
  ext: string;
  alternativeText: string | null;
  caption: string | null;
  url: string;
  mime: string;
  width: number;
  formats: Record<string, { url: string; width: number }> | null;
}

function upload(
  filename: string,
  content: Buffer,
  contentType: string,
  fileInfo: Record<string, unknown> = {},
) {
  return cms.http
    .post('/upload')
    .set('Authorization', `Bearer ${editor.token}`)
    .field('fileInfo', JSON.stringify({ alternativeText: 'Тестово изображение', ...fileInfo }))
    .attach('files', content, { filename, contentType });
}

async function noisePhoto(width: number, height: number): Promise<Buffer> {
  // Random pixels do not compress: a photo-sized JPEG of about 30 MB.
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
    .toBuffer();
}

beforeAll(async () => {
  cms = await startCms();
  editor = await adminWithRole(cms, 'strapi-editor');
});
afterAll(async () => {
  await cms?.stop();
});

describe('uploads', () => {
  it('accepts a 30 MB photo and makes responsive formats', async () => {
    const photo = await noisePhoto(3800, 2850);
    expect(photo.length).toBeGreaterThan(30_000_000);
    const response = await upload('pristanishte-ruse.jpg', photo, 'image/jpeg');
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const [file] = response.body as UploadedFile[];
    expect(file?.width).toBe(3800);
    expect(Object.keys(file?.formats ?? {}).sort()).toEqual([
      'large',
      'medium',
      'small',
      'thumbnail',
      'xlarge',
    ]);
    expect(file?.formats?.xlarge?.width).toBe(1920);
    expect(existsSync(path.join(cms.publicDir, file?.url ?? 'missing'))).toBe(true);
  });

  it.each([
    ['program.exe', Buffer.concat([Buffer.from('MZ'), randomBytes(512)]), 'application/octet-stream'],
    [
      'page.html',
      Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      'text/html',
    ],
    [
      'logo.svg',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image/svg+xml',
    ],
    [
      'plain.svg',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'),
      'image/svg+xml',
    ],
    ['disguised.jpg', Buffer.from('<html><script>alert(1)</script></html>'), 'image/jpeg'],
  ])('refuses %s with a clear message and stores nothing', async (filename, content, contentType) => {
    const before = await cms.strapi.db.query('plugin::upload.file').count();
    const response = await upload(filename, content, contentType);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const message = (response.body as { error?: { message?: string } }).error?.message ?? '';
    expect(message).toMatch(/type|allowed/i);
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before);
  });

  it('stores files with path tricks and Unicode look-alikes under a safe name inside uploads/', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer();
    for (const filename of [
      '../../../etc/evil.png',
      '..\\..\\win.png',
      'ｓｐｏｏｆ\u202Egnp.exe.png',
      'null\u0000byte.png',
    ]) {
      const response = await upload(filename, png, 'image/png');
      if (response.status !== 201) {
        expect(response.status, filename).toBe(400);
        continue;
      }
      const [file] = response.body as UploadedFile[];
      expect(file?.url, filename).toMatch(/^\/uploads\/[A-Za-z0-9_.-]+$/);
    }
    for (const entry of readdirSync(path.join(cms.publicDir, 'uploads')))
      expect(entry).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(existsSync(path.join(cms.publicDir, '..', 'etc'))).toBe(false);
  });

  it('strips bidi overrides, invisible and control characters from the name, alt text and caption readers see', async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#aa3366' } })
      .png()
      .toBuffer();
    // On screen U+202E turns "Отчет‮gnp.exe" round: "Отчетexe.png". Full-width letters pass for ASCII ones.
    const spoof = await upload('Отчет\u202Egnp.exe\u2066 ｓｐｏｏｆ\u0007.png', png, 'image/png', {
      alternativeText: 'Пристанище\u202E Русе\u0000 🚢\u200B',
      caption: 'ред 1\nред 2\u200F\u2069',
    });
    expect(spoof.status, JSON.stringify(spoof.body)).toBe(201);
    const [file] = spoof.body as UploadedFile[];
    expect(file?.name).toBe('Отчетgnp.exe spoof.png');
    expect(file?.ext).toBe('.png');
    expect(file?.alternativeText).toBe('Пристанище Русе 🚢');
    expect(file?.caption).toBe('ред 1 ред 2');

    // A display name given with the upload, and one changed later in the file's details.
    const named = await upload('plain.png', png, 'image/png', { name: 'Доклад\u202Efdp.exe\u0000' });
    const [namedFile] = named.body as UploadedFile[];
    expect(namedFile?.name).toBe('Докладfdp.exe');
    const renamed = await cms.http
      .post(`/upload?id=${namedFile?.id}`)
      .set('Authorization', `Bearer ${editor.token}`)
      .field(
        'fileInfo',
        JSON.stringify({
          name: '\u202Dпрограма\u202C\u200E 2026.pdf',
          alternativeText: 'Програма\r\n2026',
          caption: '\u0001',
        }),
      );
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const stored = (await cms.strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { id: namedFile?.id } })) as UploadedFile;
    expect([stored.name, stored.alternativeText, stored.caption]).toEqual([
      'програма 2026.pdf',
      'Програма 2026',
      '',
    ]);
  });
});
