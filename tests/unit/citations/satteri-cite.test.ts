import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearDataCache } from '../../../src/data';
import { satteriCitations } from '../../../src/mdx/satteri-cite';
import { satteriCheckFigures } from '../../../src/mdx/satteri-check-figures';
import { fixture } from '../data/helpers';

const dataDir = fixture('valid');
const article = (name: string) => path.join(process.cwd(), 'content/articles', name);
type Front = Record<string, unknown>;

async function compile(source: string, file: string) {
  return mdxToJs(source, {
    mdastPlugins: [satteriCitations({ dataDir })],
    fileURL: pathToFileURL(article(file)),
    data: { astro: { frontmatter: { title: 'T' }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
  });
}
const frontmatterOf = (r: { data: Record<string, unknown> }) => (r.data.astro as { frontmatter: Front }).frontmatter;

describe('satteriCitations (real MDX compile)', () => {
  beforeEach(() => clearDataCache());

  it('numbers citations in order of first appearance and records the reference order', async () => {
    const src = [
      'First claim <Cite id="platform-b" />.', '',
      '- a list item <Cite id="study-a" />', '',
      'Again <Cite id="platform-b" /><Cite id="news-c" />.', '',
    ].join('\n');
    const result = await compile(src, 'good.mdx');
    expect(frontmatterOf(result)).toEqual({
      title: 'T',
      citeIds: ['platform-b', 'study-a', 'news-c'],
      citeCounts: { 'platform-b': 2, 'study-a': 1, 'news-c': 1 },
    });
    // Each marker is rewritten with its number (n), its occurrence (k) and, when it follows another marker, joined.
    const props = [...result.code.matchAll(/_jsx\(Cite, \{([^}]*)\}/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
    expect(props).toEqual([
      'id: "platform-b", n: "1", k: "1"',
      'id: "study-a", n: "2", k: "1"',
      'id: "platform-b", n: "1", k: "2"',
      'id: "news-c", n: "3", k: "1", joined: "true"',
    ]);
  });

  it('sets each marker against the word before it', async () => {
    const result = await compile('A claim <Cite id="study-a" /> and another\n<Cite id="news-c" />.\n', 'space.mdx');
    expect(result.code).toContain('"A claim",');
    expect(result.code).toContain('" and another",');
    expect(result.code).not.toMatch(/"A claim "|"and another\\n"/);
  });

  it('records empty lists for an article without citations', async () => {
    const result = await compile('# Nothing cited\n', 'plain.mdx');
    expect(frontmatterOf(result)).toMatchObject({ citeIds: [], citeCounts: {} });
  });

  it('fails on an unknown source id, naming article, line, column and id', async () => {
    const src = ['# Title', '', 'Text <Cite id="study-b" /> here.', '', '<Cite id="nobody" />', ''].join('\n');
    const err = await compile(src, 'bad.mdx').then(() => undefined, (e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toContain('content/articles/bad.mdx:3:6: unknown source id "study-b" (did you mean "study-a"?)');
    expect(err!.message).toContain('content/articles/bad.mdx:5:1: unknown source id "nobody"');
  });

  it('fails on a <Cite> without a literal id or with children', async () => {
    const err = await compile('A <Cite id={x} /> and <Cite id="study-a">text</Cite>.\n', 'expr.mdx').then(() => undefined, (e: Error) => e);
    expect(err!.message).toContain('content/articles/expr.mdx:1:3: <Cite> needs a literal id="…"');
    expect(err!.message).toContain('content/articles/expr.mdx:1:23: <Cite id="study-a"> takes no children');
  });

  it('leaves <Stat> and other components alone', async () => {
    const result = await compile('See <Stat id="study-a" /> and <Chart id="x" />.\n', 'other.mdx');
    expect(frontmatterOf(result).citeIds).toEqual([]);
    expect(result.code).toContain('id: "study-a"');
  });
});

describe('wired into the Sätteri MDX processor next to the figure check (as astro.config.mjs does)', () => {
  const processor = satteri({ mdastPlugins: [satteriCheckFigures({ dataDir }), satteriCitations({ dataDir })] });
  const render = () =>
    processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false, srcDir: new URL(pathToFileURL(process.cwd() + '/src/')) });

  it('exports citeIds and figureIds in the compiled frontmatter', async () => {
    const result = await (await render()).process('\nSee <Stat id="revenue" /><Cite id="news-c" />.\n', article('wired.mdx'), { title: 'T' });
    expect(result.code).toContain('export const frontmatter = {"title":"T","figureIds":["revenue"],"citeIds":["news-c"],"citeCounts":{"news-c":1}};');
  });

  it('stops the compile on an unknown source id', async () => {
    const renderer = await render();
    await expect(renderer.process('\n\nText <Cite id="ghost" />\n', article('wired.mdx'), { title: 'T' })).rejects.toThrow(
      'content/articles/wired.mdx:3:6: unknown source id "ghost"',
    );
  });
});
