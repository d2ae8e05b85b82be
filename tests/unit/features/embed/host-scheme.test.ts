import { describe, expect, it } from 'vitest';
import { luminance, schemeFrom, type SchemeSignals } from '../../../../src/features/embed/host/scheme';

const none: SchemeSignals = { attributes: [], classes: [], colorScheme: 'normal', backgrounds: ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], prefersDark: false };
const s = (over: Partial<SchemeSignals>): SchemeSignals => ({ ...none, ...over });

describe('host: colour scheme of the page', () => {
  it('a theme attribute wins over everything', () => {
    expect(schemeFrom(s({ attributes: ['dark'], colorScheme: 'light', prefersDark: false }))).toBe('dark');
    expect(schemeFrom(s({ attributes: ['light'], prefersDark: true, backgrounds: ['rgb(0, 0, 0)'] }))).toBe('light');
    expect(schemeFrom(s({ attributes: ['theme-dark'] }))).toBe('dark');
  });

  it('then a theme class (exact words only)', () => {
    expect(schemeFrom(s({ classes: ['js', 'dark'] }))).toBe('dark');
    expect(schemeFrom(s({ classes: ['darkroom-gallery'], prefersDark: false }))).toBe('light');
  });

  it('then a single computed color-scheme', () => {
    expect(schemeFrom(s({ colorScheme: 'dark' }))).toBe('dark');
    expect(schemeFrom(s({ colorScheme: 'only light', prefersDark: true }))).toBe('light');
  });

  it('then the luminance of an opaque background', () => {
    expect(schemeFrom(s({ backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(21, 23, 26)'] }))).toBe('dark');
    expect(schemeFrom(s({ backgrounds: ['rgb(253, 252, 250)'], prefersDark: true, colorScheme: 'light dark' }))).toBe('light');
  });

  it('a page that opts in to both schemes follows the media query', () => {
    expect(schemeFrom(s({ colorScheme: 'light dark', prefersDark: true }))).toBe('dark');
    expect(schemeFrom(s({ colorScheme: 'light dark', prefersDark: false }))).toBe('light');
  });

  it('a page that says nothing is light (the default white canvas), even on a dark system', () => {
    expect(schemeFrom(s({ prefersDark: true }))).toBe('light');
  });

  it('reads rgb() and rgba() in both syntaxes and skips what it cannot read', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0 0 0 / 100%)')).toBe(0);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('oklch(0.2 0 0)')).toBeNull();
  });
});
