import { beforeEach, describe, expect, it } from 'vitest';
import { clearDataCache, resourceToCsv, resourceToJson } from '../../../src/data';
import { fixture } from './helpers';

const opts = { dataDir: fixture('valid') };

describe('downloads', () => {
  beforeEach(() => clearDataCache());

  it('CSV keeps the cells as written, quoting only where needed, LF line ends', () => {
    const csv = resourceToCsv('figures', opts);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('id,value,unit,kind,label,source,reported_by,locator,quote,grade,period,note');
    expect(lines[1]).toBe('writing-jobs,-5.2,percent,change,Change in monthly jobs for writers,study-a,,Table 2,"""jobs fell by 5.2%""",P,2022-11 to 2023-06,');
    expect(csv).toContain('writing-earnings,-5.20,');
    expect(csv).toContain('"A quote that spans\ntwo lines, with a comma"');
    expect(csv.endsWith('revenue,787.8,usd-million,level,Annual revenue,platform-b,,p. 3,revenue of $787.8 million,P,2023,\n')).toBe(true);
    expect(resourceToCsv('figures', opts)).toBe(csv);
  });

  it('JSON has metadata and typed rows with keys in schema order', () => {
    const json = resourceToJson('series', opts);
    const doc = JSON.parse(json);
    expect(Object.keys(doc)).toEqual(['name', 'title', 'description', 'licenses', 'sources', 'sourceIds', 'fields', 'rows']);
    expect(doc.fields.map((f: { name: string }) => f.name)).toEqual(['month', 'occupation', 'index', 'projects', 'partial', 'source']);
    expect(doc.fields[2]).toEqual({ name: 'index', type: 'number', title: 'Index', description: 'Index value.', unit: 'index-points' });
    expect(doc.rows[2]).toEqual({ month: '2023-02-01', occupation: 'writing', index: 95.25, projects: null, partial: false, source: 'platform-b' });
    expect(Object.keys(doc.rows[0])).toEqual(['month', 'occupation', 'index', 'projects', 'partial', 'source']);
    expect(doc.licenses[0].name).toBe('CC-BY-4.0');
    clearDataCache();
    expect(resourceToJson('series', opts)).toBe(json);
  });

  it('refuses an unknown resource', () => {
    expect(() => resourceToCsv('seris', opts)).toThrow('Unknown resource "seris"');
  });
});
