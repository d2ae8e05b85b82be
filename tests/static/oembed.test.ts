// oEmbed files as built: rich 1.0 documents whose html is the embed snippet (the snippet in use on
// another origin: tests/browser/embeds.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/routes';
import { BASE_PATH } from '../../site.config.mjs';
import { charts } from '../../src/charts';
import { distDir } from '../support/quality';

const dist = distDir();
const oembed = (id: string) => JSON.parse(readFileSync(join(dist, 'oembed', `${id}.json`), 'utf8')) as Record<string, unknown>;

describe('oEmbed', () => {
  it('every chart has an embed page and an oEmbed file, and nothing else does', () => {
    const ids = charts.map((c) => c.id).sort();
    expect(readdirSync(join(dist, 'embed')).sort()).toEqual(ids);
    expect(readdirSync(join(dist, 'oembed')).sort()).toEqual(ids.map((id) => `${id}.json`));
  });

  it('the oEmbed files are rich 1.0 documents whose html is the snippet, sized per chart, with an existing thumbnail', () => {
    const heights = new Set<number>();
    for (const { id } of charts) {
      const d = oembed(id);
      expect(d, id).toMatchObject({ version: '1.0', type: 'rich', provider_url: absoluteUrl('') });
      expect(d.html).toContain(`src="${absoluteUrl(`embed/${id}/`)}"`);
      expect(d.html).toContain(`height="${d.height}"`);
      heights.add(d.height as number);
      const thumb = new URL(d.thumbnail_url as string).pathname.slice(BASE_PATH.length);
      expect(existsSync(join(dist, thumb)), `${id}: ${thumb}`).toBe(true);
    }
    // Computed from each chart, not one number for all.
    expect(heights.size).toBeGreaterThan(charts.length / 2);
  });
});
