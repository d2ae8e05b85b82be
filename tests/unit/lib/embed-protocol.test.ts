import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asHeightMessage, asThemeMessage, heightMessage, HEIGHT_TYPE, MAX_HEIGHT, themeMessage, THEME_TYPE } from '../../../src/lib/embed-protocol';

describe('embed protocol', () => {
  it('round-trips its own messages', () => {
    expect(asHeightMessage(heightMessage('oli-writing-share', 412.2))).toEqual({ type: HEIGHT_TYPE, version: 1, id: 'oli-writing-share', height: 413 });
    expect(asThemeMessage(themeMessage('dark'))).toEqual({ type: THEME_TYPE, version: 1, scheme: 'dark' });
  });

  // The types are a wire format hosts depend on: the README that documents it must name them exactly.
  it('is the protocol its README documents, one namespace for both message types', () => {
    const readme = readFileSync('src/features/embed/README.md', 'utf8');
    expect(readme).toContain(`type: '${HEIGHT_TYPE}', version: 1,`);
    expect(readme).toContain(`type: '${THEME_TYPE}', version: 1,`);
    expect(HEIGHT_TYPE.split(':')[0]).toBe(THEME_TYPE.split(':')[0]);
    expect(HEIGHT_TYPE).not.toBe(THEME_TYPE);
  });

  const good = { type: HEIGHT_TYPE, version: 1, id: 'a-chart', height: 300 };
  it.each([
    ['a string (JSON from another system)', JSON.stringify(good)],
    ['null', null],
    ['an array', [good]],
    ['another type', { ...good, type: 'datawrapper-height' }],
    ['another version', { ...good, version: 2 }],
    ['a version as string', { ...good, version: '1' }],
    ['a missing id', { ...good, id: undefined }],
    ['an id with markup', { ...good, id: '<b>x</b>' }],
    ['a height as string', { ...good, height: '300' }],
    ['a zero height', { ...good, height: 0 }],
    ['a negative height', { ...good, height: -5 }],
    ['NaN', { ...good, height: Number.NaN }],
    ['Infinity', { ...good, height: Number.POSITIVE_INFINITY }],
    ['an absurd height', { ...good, height: MAX_HEIGHT + 1 }],
    ['a theme message', themeMessage('dark')],
  ])('rejects %s as a height message', (_label, data) => {
    expect(asHeightMessage(data)).toBeNull();
  });

  it.each([
    ['another scheme', { type: THEME_TYPE, version: 1, scheme: 'sepia' }],
    ['another version', { type: THEME_TYPE, version: 0, scheme: 'dark' }],
    ['a height message', heightMessage('a', 1)],
    ['a string', 'dark'],
  ])('rejects %s as a theme message', (_label, data) => {
    expect(asThemeMessage(data)).toBeNull();
  });

  it('drops extra fields', () => {
    expect(asHeightMessage({ ...good, extra: '<script>' })).toEqual(good);
  });
});
