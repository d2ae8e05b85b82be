// Every reference list on the site renders works through <References> (articles) or <WorkReference>
// (chart pages, explorer, data pages). Render both over every entry of data/sources.json and fail if a
// link to a copy lacks its copy label, or if a copy's host or site is shown as the work's outlet.
import fs from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import References from '../../../src/components/References.astro';
import WorkReference from '../../../src/components/WorkReference.astro';
import { COPY_LABELS } from '../../../src/citations';
import { getSources, type Source } from '../../../src/data';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const sources = getSources();
const copies = sources.flatMap((s) => s.read_at.filter((r) => r.copy !== 'original').map((r) => ({ ...r, of: s.id })));
const copyUrls = new Map(copies.map((c) => [c.url, c]));
// Some addresses are one work's own and another work's copy (a news report that quotes a study).
const ownUrls = new Set(sources.flatMap((s) => [...(s.URL ? [s.URL] : []), ...(s.DOI ? [`https://doi.org/${s.DOI}`] : [])]));
const labels = Object.values(COPY_LABELS);
const hostOf = (u: string) => new URL(u).hostname.replace(/^www\./, '');

/** Every problem in one rendered reference: unlabelled links to copies, copy hosts or sites shown as the outlet. */
function problems(html: string, source: Source): string[] {
  const out: string[] = [];
  const decoded = html.replace(/&#38;|&amp;/g, '&');
  for (const m of decoded.matchAll(/<a href="([^"]+)"[^>]*>[^<]*<\/a>([^<]*)/g)) {
    const [, href, after] = m;
    const copy = source.read_at.find((r) => r.url === href && r.copy !== 'original') ?? (ownUrls.has(href!) ? undefined : copyUrls.get(href!));
    if (!copy) continue;
    if (!labels.some((l) => after!.startsWith(` (${l}`))) out.push(`${source.id}: link to the ${copy.copy} ${href} has no copy label (got "${after!.slice(0, 40)}")`);
  }
  // The work part is everything before "Words checked at": no copy host or copy site may appear there.
  const work = decoded.split('Words checked at:')[0]!;
  for (const r of source.read_at.filter((r) => r.copy !== 'original')) {
    if (work.toLowerCase().includes(hostOf(r.url))) out.push(`${source.id}: the work's reference shows the copy host ${hostOf(r.url)}`);
    const outlet = [...work.matchAll(/<i>([^<]+)<\/i>/g)].map((x) => x[1]!);
    if (outlet.includes(r.site)) out.push(`${source.id}: the copy site "${r.site}" is printed as the outlet`);
  }
  return out;
}

describe('every reference list', () => {
  it('articles (<References>): every work, every copy labelled, no copy as the outlet', async () => {
    const html = await container.renderToString(References, { props: { ids: sources.map((s) => s.id) } });
    const items = [...html.matchAll(/<li id="ref-([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(items.length).toBe(sources.length);
    const found = items.flatMap(([, id, body]) => problems(body!, sources.find((s) => s.id === id)!));
    expect(found).toEqual([]);
  });

  it('chart pages, the explorer and data pages (<WorkReference>): the same for every work', async () => {
    const found: string[] = [];
    for (const s of sources) found.push(...problems(await container.renderToString(WorkReference, { props: { id: s.id } }), s));
    expect(found).toEqual([]);
  });

  it('the checker catches an unlabelled copy link and a copy host shown as the outlet', () => {
    const s = sources.find((x) => x.id === 'bi-stewart-2025')!;
    const repost = s.read_at.find((r) => r.copy === 'repost')!;
    expect(problems(`Stewart. <i>${repost.site}</i>. <a href="${repost.url}">x</a>.`, s)).toHaveLength(3);
    expect(problems(`Stewart. <i>imaginepro.ai</i>.`, s)).toEqual([`bi-stewart-2025: the work's reference shows the copy host imaginepro.ai`]);
  });

  it('pages and components link sources only through src/citations (no hand-built DOI or URL links)', () => {
    const files = ['src/pages/charts/[id].astro', 'src/pages/data/[name].astro', 'src/features/explore/ExplorePage.astro', 'src/pages/articles/[slug].astro'];
    for (const f of files) {
      const text = fs.readFileSync(path.join(process.cwd(), f), 'utf8');
      expect(text, f).not.toMatch(/doi\.org|\.URL\b|\.DOI\b/);
    }
  });
});
