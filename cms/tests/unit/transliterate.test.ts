import { describe, expect, it } from 'vitest';
import { isSlug, slugify, transliterate } from '../../src/lib/transliterate';

describe('Bulgarian official transliteration (Закон за транслитерацията)', () => {
  it.each([
    ['Русе', 'Ruse'],
    ['България', 'Bulgaria'],
    ['София', 'Sofia'],
    ['Щастие', 'Shtastie'],
    ['Жълт', 'Zhalt'],
    ['Цар', 'Tsar'],
    ['Юлия', 'Yulia'],
    ['Ябълка', 'Yabalka'],
    ['Хасково', 'Haskovo'],
    ['Йордан', 'Yordan'],
    ['Гьоте', 'Gyote'],
    ['Чавдар Шишков', 'Chavdar Shishkov'],
    ['партията', 'partiyata'],
    ['история и култура', 'istoria i kultura'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it('leaves Latin text and digits alone', () => {
    expect(transliterate('EU 2026 Interreg')).toBe('EU 2026 Interreg');
  });
});

describe('slugify', () => {
  it('makes a lower-case Latin slug from a Bulgarian title', () => {
    expect(slugify('Русе и Гюргево подписаха споразумение')).toBe('ruse-i-gyurgevo-podpisaha-sporazumenie');
    expect(slugify('Кметът на Русе: „Нова детска площадка“ – 2026 г.')).toBe(
      'kmetat-na-ruse-nova-detska-ploshtadka-2026-g',
    );
  });

  it('removes path tricks, accents and look-alike Unicode', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('Café Ünïcode ﬁle')).toBe('cafe-unicode-file');
    expect(slugify('🎉🎉')).toBe('');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('дълго заглавие '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug.endsWith('-')).toBe(false);
    expect(isSlug(slug)).toBe(true);
  });
});
