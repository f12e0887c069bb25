/**
 * Demo pictures drawn, not downloaded: SVG compositions (sky, sun, hills, the river, a town skyline)
 * rendered to JPEG/PNG with sharp. Each picture depends only on its own seed, so the demo looks the
 * same everywhere.
 */
import sharp from 'sharp';
import { createRandom, type Random } from './prng';

export type Scene = 'river' | 'town' | 'fields' | 'night' | 'event';

export interface PictureSpec {
  seed: number;
  width: number;
  height: number;
  scene: Scene;
  /** Short caption burnt into the picture, e.g. the place. */
  label: string;
}

const PALETTES: Record<
  Scene,
  { sky: [string, string]; hills: string[]; water: string; ground: string; sun: string }
> = {
  river: {
    sky: ['#7fb3e0', '#f3d9a4'],
    hills: ['#8aa37b', '#6e8c63', '#587a52'],
    water: '#4f7fa8',
    ground: '#5b7d3e',
    sun: '#fff1c1',
  },
  town: {
    sky: ['#9cc6ea', '#e9eef2'],
    hills: ['#9bb08f', '#7d976f'],
    water: '#5c8bb0',
    ground: '#6b7f52',
    sun: '#fffbe6',
  },
  fields: {
    sky: ['#6fa6d6', '#dcecf7'],
    hills: ['#c9b25c', '#a9a24a', '#7f9a44'],
    water: '#5a8fb9',
    ground: '#b59d4a',
    sun: '#fff6cf',
  },
  night: {
    sky: ['#1b2545', '#6c4a6e'],
    hills: ['#2c3350', '#232a44'],
    water: '#2a3d63',
    ground: '#1c2236',
    sun: '#f7e7b4',
  },
  event: {
    sky: ['#f0a35e', '#fbe3b8'],
    hills: ['#a7776a', '#8a6358', '#6e4f47'],
    water: '#6f7fa4',
    ground: '#7a5a44',
    sun: '#fff0d0',
  },
};

const escapeXml = (value: string): string =>
  value.replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );

/** A ridge line across the picture as an SVG path closed at the bottom. */
function ridge(random: Random, width: number, height: number, baseY: number, amplitude: number): string {
  const steps = 12;
  const points: string[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const x = (i / steps) * width;
    const y = baseY - random.next() * amplitude;
    points.push(`${x.toFixed(0)},${y.toFixed(0)}`);
  }
  return `M0,${height} L${points.join(' L')} L${width},${height} Z`;
}

/** Town skyline: blocks, a church dome and a clock tower on the far bank. */
function skyline(random: Random, width: number, baseY: number, colour: string): string {
  const shapes: string[] = [];
  let x = (width * random.int(5, 30)) / 100;
  const end = x + width * 0.5;
  while (x < end) {
    const w = (width * random.int(2, 5)) / 100;
    const h = (baseY * random.int(6, 16)) / 100;
    shapes.push(
      `<rect x="${x.toFixed(0)}" y="${(baseY - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="${colour}"/>`,
    );
    if (random.chance(0.2)) {
      shapes.push(
        `<circle cx="${(x + w / 2).toFixed(0)}" cy="${(baseY - h).toFixed(0)}" r="${(w / 2.2).toFixed(0)}" fill="${colour}"/>`,
      );
    }
    x += w + (width * random.int(0, 2)) / 100;
  }
  const towerX = (width * random.int(55, 80)) / 100;
  const towerH = baseY * 0.3;
  shapes.push(
    `<rect x="${towerX.toFixed(0)}" y="${(baseY - towerH).toFixed(0)}" width="${(width * 0.018).toFixed(0)}" height="${towerH.toFixed(0)}" fill="${colour}"/>`,
  );
  return shapes.join('');
}

/** The SVG source of one demo picture. */
export function pictureSvg(spec: PictureSpec): string {
  const { width, height, scene } = spec;
  const random = createRandom(spec.seed);
  const palette = PALETTES[scene];
  const horizon = (height * random.int(45, 60)) / 100;
  const waterTop = horizon + height * 0.06;
  const waterBottom = waterTop + (height * random.int(12, 20)) / 100;
  const sunX = (width * random.int(15, 85)) / 100;
  const sunY = (horizon * random.int(25, 70)) / 100;
  const fontSize = Math.round(Math.min(width, height) * 0.045);
  const hills = palette.hills
    .map(
      (colour, index) =>
        `<path d="${ridge(random, width, height, horizon + index * height * 0.015, height * (0.16 - index * 0.04))}" fill="${colour}"/>`,
    )
    .join('');
  const waves = Array.from({ length: 8 }, () => {
    const y = waterTop + random.next() * (waterBottom - waterTop);
    const x = random.next() * width * 0.8;
    return `<rect x="${x.toFixed(0)}" y="${y.toFixed(0)}" width="${((width * random.int(5, 18)) / 100).toFixed(0)}" height="${Math.max(2, height / 300).toFixed(0)}" fill="#ffffff" opacity="0.25"/>`;
  }).join('');
  const stars =
    scene === 'night'
      ? Array.from(
          { length: 60 },
          () =>
            `<circle cx="${(random.next() * width).toFixed(0)}" cy="${(random.next() * horizon * 0.8).toFixed(0)}" r="${random.int(1, 3)}" fill="#fff" opacity="0.7"/>`,
        ).join('')
      : '';
  const town =
    scene === 'town' || scene === 'night' || scene === 'event'
      ? skyline(random, width, horizon + height * 0.05, palette.hills.at(-1) ?? '#555')
      : '';
  const label = escapeXml(spec.label);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.sky[0]}"/><stop offset="1" stop-color="${palette.sky[1]}"/></linearGradient>
<linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.water}"/><stop offset="1" stop-color="${palette.sky[0]}" stop-opacity="0.8"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>${stars}
<circle cx="${sunX.toFixed(0)}" cy="${sunY.toFixed(0)}" r="${(Math.min(width, height) * 0.07).toFixed(0)}" fill="${palette.sun}" opacity="0.9"/>
${hills}${town}
<rect x="0" y="${waterTop.toFixed(0)}" width="${width}" height="${(waterBottom - waterTop).toFixed(0)}" fill="url(#water)"/>${waves}
<path d="${ridge(random, width, height, waterBottom + height * 0.04, height * 0.05)}" fill="${palette.ground}"/>
<rect x="0" y="${(height - fontSize * 2.2).toFixed(0)}" width="${width}" height="${(fontSize * 2.2).toFixed(0)}" fill="#000" opacity="0.45"/>
<text x="${(fontSize * 0.8).toFixed(0)}" y="${(height - fontSize * 0.75).toFixed(0)}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${fontSize}" fill="#fff">${label}</text>
<text x="${(width - fontSize * 0.8).toFixed(0)}" y="${(height - fontSize * 0.75).toFixed(0)}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${Math.round(fontSize * 0.7)}" fill="#fff" text-anchor="end">ДЕМО · DEMO</text>
</svg>`;
}

/** Renders a demo picture as a JPEG (quality 82, progressive). */
export async function renderPicture(spec: PictureSpec): Promise<Buffer> {
  return sharp(Buffer.from(pictureSvg(spec)))
    .jpeg({ quality: 82, progressive: true })
    .toBuffer();
}

/** A sponsor logo: initials in a rounded badge next to the name, PNG on white. */
export async function renderLogo(name: string, colour: string): Promise<Buffer> {
  const initials = escapeXml(
    name
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .slice(0, 2)
      .map((word) => word.charAt(0))
      .join(''),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="200" viewBox="0 0 480 200">
<rect width="480" height="200" fill="#ffffff"/><rect x="20" y="30" width="140" height="140" rx="28" fill="${colour}"/>
<text x="90" y="122" font-family="DejaVu Sans, sans-serif" font-size="60" font-weight="bold" fill="#fff" text-anchor="middle">${initials}</text>
<text x="180" y="110" font-family="DejaVu Sans, sans-serif" font-size="24" fill="#222">${escapeXml(name.length > 24 ? `${name.slice(0, 23)}…` : name)}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A neutral portrait placeholder for a press contact: initials on a coloured disc (no real face). */
export async function renderAvatar(name: string, colour: string): Promise<Buffer> {
  const initials = escapeXml(
    name
      .split(/\s+/)
      .map((word) => word.charAt(0))
      .slice(0, 2)
      .join(''),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
<rect width="400" height="400" fill="#eef1f4"/><circle cx="200" cy="200" r="170" fill="${colour}"/>
<text x="200" y="240" font-family="DejaVu Sans, sans-serif" font-size="120" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
