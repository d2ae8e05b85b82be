import { describe, expect, it } from 'vitest';
import { getEvidence, getStudyEstimates } from '../../../src/data';
import { getChart } from '../../../src/charts/lookup';
import { evidenceValueText } from '../../../src/kit/series/evidence';
import { CHATGPT_RELEASE, TIMING_NOTE } from '../../../src/kit/annotations';
import { charts } from '../../../src/charts';
import { OLI_NOTES } from '../../../src/kit/series/oli-series';
import { renderChart } from '../../../src/kit/render-chart';
import { loadedData } from '../../../src/outputs/chart-bundle';

const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]!));
const marks = (svg: string) => [...svg.matchAll(/<path class="datum"[^>]*data-label="([^"]*)"[^>]*d="([^"]*)"/g)].map((m) => ({ label: unescape(m[1]!), d: m[2]! }));

describe('evidence map', () => {
  it('draws every finding once: direction-only ones as arrows labelled with their direction, never as a dot at zero', async () => {
    const out = await renderChart(getChart('evidence-map'), loadedData);
    expect(out.rows).toHaveLength(getEvidence().length);
    const directionOnly = out.rows.filter((r) => r['measure'] === 'direction');
    expect(directionOnly.length).toBeGreaterThan(0);
    const svg = out.variants.wide.svg;
    for (const r of directionOnly) {
      const mark = marks(svg).find((m) => m.label === r['finding']);
      expect(mark, String(r['finding'])).toBeDefined();
      // An arrow is a stroked path of straight segments (M/V/H/L), not a d3 symbol (which uses arcs or Z).
      expect(mark!.d).toMatch(/^M[\d.,\-]+[VH]/);
      expect(texts(svg)).toContain(evidenceValueText(r as never));
    }
  });

  it('groups rows under one heading per kind of work and names each design in the row label', async () => {
    const out = await renderChart(getChart('evidence-map'), loadedData);
    const t = texts(out.variants.wide.svg).join('\n');
    for (const work of new Set(out.rows.map((r) => String(r['work'])))) expect(t).toContain(work.charAt(0).toUpperCase() + work.slice(1));
    const news = out.rows.filter((r) => r['grade'] === 'S').length;
    expect((t.match(/news-reported/g) ?? []).length).toBeGreaterThanOrEqual(news);
  });
  it('describes each finding as the data write it (names keep their capitals)', async () => {
    const def = getChart('evidence-map');
    const out = await renderChart(def, loadedData);
    const text = JSON.stringify(def.describe(out.rows));
    for (const r of getEvidence()) expect(text, r.id).toContain(JSON.stringify(r.finding).slice(1, -1));
  });
});

describe('"Studies agree" is a view of evidence.csv', () => {
  it('reads evidence.csv and says what the news-reported, comparison-not-stated rows are', async () => {
    const chart = getChart('study-estimates');
    expect(chart.datasets).toEqual(['evidence']);
    const out = await renderChart(chart, loadedData);
    const image = out.rows.filter((r) => String(r['id']).startsWith('hui-image'));
    expect(image.map((r) => r['grade'])).toEqual(['S', 'S']);
    const t = texts(out.variants.wide.svg).join(' ');
    expect(t).toMatch(/comparison not stated/);
    const notes = typeof chart.notes === 'function' ? chart.notes(loadedData, out.rows) : chart.notes;
    for (const r of image) expect(notes.join('\n')).toContain(`${r['group']}: the text read states neither the comparison group nor the design`);
    expect(notes.join('\n')).not.toMatch(/Each bar is a relative change: the exposed group against the study’s comparison group \(difference-in-differences\)/);
  });

  it('study-estimates.csv (still read by the explorer) agrees with evidence.csv on every shared id', () => {
    const ev = new Map(getEvidence().map((r) => [r.id, r]));
    const shared = getStudyEstimates().filter((s) => ev.has(s.id));
    expect(shared.length).toBeGreaterThanOrEqual(8);
    for (const s of shared) {
      const e = ev.get(s.id)!;
      expect({ id: s.id, value: e.value, low: e.low, high: e.high, quote: e.quote, source: e.source, grade: e.grade }).toEqual({
        id: s.id, value: s.estimate, low: s.estimate_low, high: s.estimate_high, quote: s.quote, source: s.source, grade: s.grade,
      });
    }
  });
});

describe('the timing caveat (issue #13)', () => {
  const notesOf = async (id: string) => {
    const chart = getChart(id);
    const out = await renderChart(chart, loadedData);
    return typeof chart.notes === 'function' ? chart.notes(loadedData, out.rows) : chart.notes;
  };
  it.each(['oli-writing-share', 'oli-postings-by-occupation', 'bloomberry-categories', 'demirci-by-category', 'study-estimates', 'evidence-map'])('%s, a before/after-ChatGPT chart, carries it in its notes', async (id) => {
    expect(await notesOf(id)).toContain(TIMING_NOTE);
  });
  it.each(['oli-writing-share', 'oli-postings-by-occupation'])('%s says the OLI collection ceased in September 2024', async (id) => {
    expect((await notesOf(id)).join(' ')).toContain('"data collection ceased in September 2024 due to access limitations"');
  });
  // New charts too: the rule follows from the definition, not from a list kept here.
  it.each(charts.filter((c) => c.annotations?.includes(CHATGPT_RELEASE)).map((c) => c.id))('%s marks the ChatGPT release, so it carries TIMING_NOTE', async (id) => {
    expect(await notesOf(id)).toContain(TIMING_NOTE);
  });
  it.each(charts.filter((c) => c.datasets.includes('oli-monthly')).map((c) => c.id))('%s draws the OLI, so it carries OLI_NOTES.ended and .partial', async (id) => {
    const notes = await notesOf(id);
    expect(notes).toContain(OLI_NOTES.ended);
    expect(notes).toContain(OLI_NOTES.partial);
  });
});
