import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../../src/components/Cite.astro';
import References from '../../../src/components/References.astro';
import { fixture } from '../data/helpers';

const dataDir = fixture('valid');
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (C: typeof Cite | typeof References, props: Record<string, unknown>) => container.renderToString(C, { props: { dataDir, ...props } });

describe('<Cite>', () => {
  it('renders a numbered superscript link to the reference, with an id the reference links back to', async () => {
    const html = await render(Cite, { id: 'study-a', n: '2', k: '3' });
    expect(html).toMatch(/^<sup class="cite"[^>]*><a/);
    expect(html).toMatch(/<a id="cite-study-a-3" href="#ref-study-a"[^>]*>2<\/a><\/sup>$/);
    expect(html).toContain('aria-label="Reference 2: Alpha et al. (2024)"');
    expect(html).not.toContain(',');
  });

  it('puts a separator before a marker that follows another', async () => {
    expect(await render(Cite, { id: 'news-c', n: '3', k: '1', joined: 'true' })).toMatch(/<sup[^>]*><span aria-hidden="true"[^>]*>,<\/span><a/);
  });

  it('throws outside MDX compiled by the citation plugin (no number)', async () => {
    await expect(render(Cite, { id: 'study-a' })).rejects.toThrow('<Cite id="study-a"> has no number');
  });

  it('throws on an unknown source id', async () => {
    await expect(render(Cite, { id: 'ghost', n: '1' })).rejects.toThrow('Unknown source id "ghost"');
  });
});

describe('<References>', () => {
  it('lists sources in the order given, each with an anchor, a formatted entry and one back link per citation', async () => {
    const html = await render(References, { ids: ['platform-b', 'study-a'], counts: { 'platform-b': 2, 'study-a': 1 } });
    const items = [...html.matchAll(/<li id="(ref-[^"]+)"/g)].map((m) => m[1]);
    expect(items).toEqual(['ref-platform-b', 'ref-study-a']);
    expect(html).toContain('href="#cite-platform-b-1"');
    expect(html).toContain('href="#cite-platform-b-2"');
    expect(html).toContain('href="#cite-study-a-1"');
    expect(html).not.toContain('href="#cite-study-a-2"');
    expect(html).toMatch(/<h2 id="references-title"[^>]*>References<\/h2>/);
  });

  it('renders nothing when the article cites nothing', async () => {
    expect((await render(References, { ids: [] })).trim()).toBe('');
  });
});
