import { describe, expect, it } from 'vitest';
import { dodge } from '../../../src/kit/dodge';
import { el, num, text } from '../../../src/kit/svg';
import { chartBundle } from '../../../src/outputs/chart-bundle';
import { standalonePng } from '../../../src/outputs/standalone-png';
import { embedSnippet } from '../../../src/outputs/embed/embed-snippet';

describe('svg helpers', () => {
  it('rounds numbers to 2 decimals and never prints -0', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
  });
  it('serialises attributes in order, drops empty ones, escapes text', () => {
    expect(el('rect', { x: 1.005, hidden: false, title: 'a"b' })).toBe('<rect x="1" title="a&quot;b"/>');
    expect(text('a < b & c')).toBe('<text>a &lt; b &amp; c</text>');
  });
});

describe('label placement', () => {
  it('dodge keeps labels at least the gap apart, in order, inside bounds', () => {
    const out = dodge([10, 11, 12, 50], 8, 0, 60);
    expect(out[1]! - out[0]!).toBeGreaterThanOrEqual(8);
    expect(out[2]! - out[1]!).toBeGreaterThanOrEqual(8);
    expect(out[3]).toBe(50);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
  });
});

describe('files built for download', () => {
  it('standalone SVG: title, source and licence drawn in, colours resolved, no CSS variables', async () => {
    const b = await chartBundle('bloomberry-categories');
    expect(b.fileSvg).not.toContain('var(--');
    // The lines drawn outside the chart's own <svg>, joined: wrapping splits them, it must not lose a word.
    const svg = b.fileSvg;
    const innerEnd = svg.lastIndexOf('</svg>', svg.lastIndexOf('</svg>') - 1) + '</svg>'.length;
    const outer = svg.slice(0, svg.indexOf('<svg', svg.indexOf('<svg') + 1)) + svg.slice(innerEnd);
    const drawn = [...outer.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).join(' ').replace(/&amp;/g, '&');
    for (const line of [b.def.title, b.def.dek, b.sourceLine, b.licenceLine]) expect(drawn).toContain(line);
  });

  it('PNG: a PNG, the same bytes on every render', async () => {
    const b = await chartBundle('side-hustle-prevalence');
    const a = standalonePng(b.fileSvg);
    expect([...a.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(Buffer.from(standalonePng(b.fileSvg)).equals(Buffer.from(a))).toBe(true);
  });

  it('CSV has one line per charted row plus the header; JSON has the rows and the source line', async () => {
    const b = await chartBundle('demirci-by-category');
    expect(b.csv.trim().split('\n')).toHaveLength(b.rows.length + 1);
    const j = JSON.parse(b.json);
    expect(j.rows).toHaveLength(b.rows.length);
    expect(j.source).toBe(b.sourceLine);
  });

  it('S-grade sources name who reported them', async () => {
    const b = await chartBundle('side-hustle-prevalence');
    expect(b.sourceLine).toMatch(/as reported by/);
  });

  it('embed snippet: an iframe of the embed page with a title and lazy loading', () => {
    const s = embedSnippet({ id: 'x-y', title: 'A "quoted" title' }, { height: 480 });
    expect(s).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/x-y\/" title="A &quot;quoted&quot; title"/);
    expect(s).toContain('loading="lazy"');
  });
});
