import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getOccupationExposure } from '../../../../src/data';
import type { OccupationExposureRow } from '../../../../src/data';
import { buildExploreData } from '../../../../src/features/explore/explore-data';
import { SCORE_SCALE } from '../../../../src/features/explore/data-shape';
import { oliCategoryFor } from '../../../../src/features/explore/oli-mapping';

const rows = getOccupationExposure();
const data = buildExploreData(rows);

describe('explorer JSON builder', () => {
  it('holds every occupation once, sorted by title', () => {
    expect(data.occ).toHaveLength(rows.length);
    expect(new Set(data.occ.map((o) => o[0])).size).toBe(rows.length);
    const titles = data.occ.map((o) => o[1]);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('round-trips every score, employment, wage, note and category', () => {
    const byCode = new Map(data.occ.map((o) => [o[0], o]));
    for (const r of rows) {
      const o = byCode.get(r.onet_code)!;
      expect(o[1]).toBe(r.title);
      const scores = [r.human_alpha, r.human_beta, r.human_gamma, r.gpt4_alpha, r.gpt4_beta, r.gpt4_gamma];
      expect(o.slice(2, 8).map((v) => (v as number) / SCORE_SCALE)).toEqual(scores);
      const soc = data.soc[r.onet_code.slice(0, 7)]!;
      expect([soc[0], soc[1]]).toEqual([r.employment, r.median_wage]);
      expect(soc[2] === undefined ? null : data.notes[soc[2]]).toBe(r.wage_note);
      expect(o[8] === undefined ? undefined : data.cats[o[8]]).toBe(oliCategoryFor(r.onet_code));
    }
  });

  it('states OEWS figures once per SOC code', () => {
    expect(Object.keys(data.soc).sort()).toEqual([...new Set(rows.map((r) => r.soc_code))].sort());
  });

  it('stops on rows of one SOC code with different OEWS figures, or a SOC code that is not the O*NET prefix', () => {
    const a = rows.find((r) => r.onet_code === '27-3043.00')!;
    const b: OccupationExposureRow = { ...rows.find((r) => r.onet_code === '27-3043.05')!, employment: 1 };
    expect(() => buildExploreData([a, b])).toThrow(/27-3043\.0[05] has OEWS figures .* but SOC 27-3043 already has/);
    expect(() => buildExploreData([{ ...a, soc_code: '27-3044' }])).toThrow(/soc_code 27-3044 is not its first 7 characters/);
  });

  it('stays compact: under 100 KB raw and 35 KB gzip', () => {
    const json = JSON.stringify(data);
    expect(json.length).toBeLessThan(100 * 1024);
    expect(gzipSync(json, { level: 9 }).length).toBeLessThan(35 * 1024);
  });
});
