import { describe, expect, it } from 'vitest';
import { getStudyEstimates, getOccupationExposure } from '../../../../src/data';
import { sparkline } from '../../../../src/features/explore/sparkline';
import { strip } from '../../../../src/features/explore/strip';
import { categoryView } from '../../../../src/features/explore/category-view';
import { CHATGPT_RELEASE } from '../../../../src/kit/annotations';
import { formatDay, formatMonth } from '../../../../src/kit/format';
import { chartBundle } from '../../../../src/outputs/chart-bundle';
import { estimateAttribution, estimateCaveat, estimateValue } from '../../../../src/features/explore/estimates';
import { getSource } from '../../../../src/data';
import { MAPPED_CATEGORIES } from '../../../../src/features/explore/oli-mapping';

describe('strip plot', () => {
  it('draws one dot per occupation inside the axis', () => {
    const shares = getOccupationExposure().map((r) => r.human_beta);
    const s = strip(shares);
    const dots = [...s.d.matchAll(/M([\d.]+) ([\d.]+)h0/g)];
    expect(dots).toHaveLength(shares.length);
    for (const [, x, y] of dots) {
      expect(Number(x)).toBeGreaterThanOrEqual(s.x0);
      expect(Number(x)).toBeLessThanOrEqual(s.x1);
      expect(Number(y)).toBeGreaterThanOrEqual(s.y0);
      expect(Number(y)).toBeLessThanOrEqual(s.y1);
    }
    // Second dot: jitter 0.618… of the 30 px band below y0 = 30.
    expect(strip([1, 0]).d).toBe('M16 30h0M464 48.5h0');
  });
});

describe('sparkline', () => {
  const series = [
    { month: '2016-05-01', index: 10 },
    { month: '2016-06-01', index: 20 },
    { month: '2016-07-01', index: 5 },
  ];
  it('reports first, last and peak, and places months', () => {
    const s = sparkline(series, 100, 50, 0, 0);
    expect(s.first.month).toBe('2016-05-01');
    expect(s.last.index).toBe(5);
    expect(s.peak).toEqual({ month: '2016-06-01', index: 20 });
    expect(s.d).toBe('M0,25L50,0L100,37.5');
    expect(s.xOf('2016-06-01')).toBe(50);
    expect(s.xOf('2020-01-01')).toBeUndefined();
  });
  it('refuses a series too short to draw', () => {
    expect(() => sparkline(series.slice(0, 1))).toThrow(/at least two months/);
  });
  it('labels months with the kit formatter', () => {
    expect(formatMonth('2024-07-01')).toBe('Jul 2024');
    expect(() => formatMonth('2024-13-01')).toThrow();
  });
});

describe('category cards', () => {
  it('mark ChatGPT on the date the study data give for its release (the kit constant the charts use)', () => {
    const windows = getStudyEstimates().map((e) => e.window).join(' ');
    expect(windows).toContain(`ChatGPT's release (${formatDay(CHATGPT_RELEASE.date)})`);
    const v = categoryView('Writing and translation');
    expect(v.spark.xOf(CHATGPT_RELEASE.date)).toBe(v.spark.xOf('2022-11-01'));
    expect(v.spark.xOf(CHATGPT_RELEASE.date)).toBeDefined();
  });

  it('credit the sources and licence the OLI chart credits, from the data, not typed', async () => {
    const b = await chartBundle('oli-postings-by-occupation');
    const { credit } = categoryView('Writing and translation');
    expect(credit).toBe(`${b.sourceLine} ${b.licenceLine}`);
    expect(credit).toContain('CC-BY-4.0');
  });

  it('build for every category, leaving out the partial month, with the change figure', () => {
    for (const c of MAPPED_CATEGORIES) {
      const v = categoryView(c);
      expect(v.spark.first.month).toBe('2016-05-01');
      expect(v.partialMonths).toEqual(['2024-08-01']);
      expect(v.spark.last.month).toBe('2024-07-01');
      expect(v.change).toBeDefined();
      expect(v.summary).toMatch(/^Monthly new online vacancies in /);
    }
    const writing = categoryView('Writing and translation');
    expect(writing.change!.value).toBe('−33.12%');
    expect(writing.estimates.map((e) => e.id)).toContain('hui-writers-earnings');
  });
});

describe('study estimates as shown', () => {
  const byId = new Map(getStudyEstimates().map((e) => [e.id, e]));
  it('print values, ranges and words the way the site prints numbers', () => {
    expect(estimateValue(byId.get('hui-writers-earnings')!)).toBe('−5.2%');
    expect(estimateValue(byId.get('demirci-writing-posts')!)).toBe('−30.37%');
    expect(estimateValue(byId.get('teutloff-substitutable-demand')!)).toBe('−50% to −20%');
    expect(estimateValue(byId.get('teutloff-ml-programming')!)).toBe('+24%');
    expect(estimateValue(byId.get('teutloff-chatbot-development')!)).toBe('nearly tripled');
    expect(() => estimateValue(byId.get('hui-past-earnings-jobs')!)).toThrow(/past earnings/);
  });
  it('state the comparison, window and platform, and who reported a grade S figure', () => {
    const e = byId.get('hui-writers-jobs')!;
    expect(estimateCaveat(e)).toBe(
      "Compared with: Writing-related freelancers vs less-affected freelancers. When: Months after ChatGPT's release (30 Nov 2022). Platform: Upwork. Method: difference-in-differences.",
    );
    expect(estimateAttribution(e, getSource)).toMatch(/^Hui et al\. \(2024\), as reported by /);
    expect(estimateAttribution(byId.get('teutloff-about-us-pages')!, getSource)).toMatch(/^Teutloff et al\. \(2025\), in /);
  });
});
