import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearDataCache } from '../../../src/data';
import { satteriCheckFigures } from '../../../src/mdx/satteri-check-figures';
import { fixture } from './helpers';

const dataDir = fixture('valid');
const article = (name: string) => path.join(process.cwd(), 'content/articles', name);

async function compile(source: string, file: string) {
  return mdxToJs(source, {
    mdastPlugins: [satteriCheckFigures({ dataDir })],
    fileURL: pathToFileURL(article(file)),
    data: { astro: { frontmatter: { title: 'T' }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
  });
}

describe('satteriCheckFigures (real MDX compile)', () => {
  beforeEach(() => clearDataCache());

  it('records the figure ids an article uses, in first-use order', async () => {
    const src = [
      '---', 'title: T', '---', '',
      'Jobs fell <Stat id="writing-jobs" abs /> while fees stayed at <Stat id="platform-fee" />.', '',
      '<Stat id="writing-jobs" />', '',
    ].join('\n');
    const result = await compile(src, 'good.mdx');
    expect((result.data.astro as { frontmatter: Record<string, unknown> }).frontmatter).toEqual({
      title: 'T',
      figureIds: ['writing-jobs', 'platform-fee'],
    });
  });

  it('records an empty list for an article without <Stat>', async () => {
    const result = await compile('# Nothing to check\n', 'plain.mdx');
    expect((result.data.astro as { frontmatter: Record<string, unknown> }).frontmatter.figureIds).toEqual([]);
  });

  it('fails on an unknown id, naming article, line, column and id', async () => {
    const src = ['# Title', '', 'Text first.', '', 'Then <Stat id="writing-job" /> inline,', '', '<Stat id="nope" />', ''].join('\n');
    const err = await compile(src, 'bad.mdx').then(() => undefined, (e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toContain('content/articles/bad.mdx:5:6: unknown figure id "writing-job" (did you mean "writing-jobs"?)');
    expect(err!.message).toContain('content/articles/bad.mdx:7:1: unknown figure id "nope"');
  });

  it('fails on a <Stat> without a literal id', async () => {
    const err = await compile('<Stat id={x} />\n', 'expr.mdx').then(() => undefined, (e: Error) => e);
    expect(err!.message).toContain('content/articles/expr.mdx:1:1: <Stat> needs a literal id="…"');
  });

  it('ignores other components with an id', async () => {
    const result = await compile('<Chart id="not-a-figure" />\n', 'chart.mdx');
    expect((result.data.astro as { frontmatter: Record<string, unknown> }).frontmatter.figureIds).toEqual([]);
  });
});

describe('wired into the Sätteri MDX processor Astro uses (as astro.config.mjs does)', () => {
  const processor = satteri({ mdastPlugins: [satteriCheckFigures({ dataDir })] });
  const render = () =>
    processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false, srcDir: new URL(pathToFileURL(process.cwd() + '/src/')) });

  it('exports figureIds in the compiled frontmatter', async () => {
    const result = await (await render()).process('\nSee <Stat id="revenue" />.\n', article('wired.mdx'), { title: 'T' });
    expect(result.code).toContain('export const frontmatter = {"title":"T","figureIds":["revenue"]};');
  });

  it('stops the compile on an unknown id', async () => {
    const renderer = await render();
    await expect(renderer.process('\n\n<Stat id="ghost" />\n', article('wired.mdx'), { title: 'T' })).rejects.toThrow(
      'content/articles/wired.mdx:3:1: unknown figure id "ghost"',
    );
  });

  it('positions the error at the first unknown id, so Astro points at it', async () => {
    const renderer = await render();
    const err = await renderer.process('\n\nx <Stat id="ghost" /> and <Stat id="revenu" />\n', article('wired.mdx'), { title: 'T' }).then(() => undefined, (e: Error) => e);
    expect(err).toMatchObject({ name: 'UnknownIdError', line: 3, column: 3 });
    expect(err!.message.split('\n')).toHaveLength(2);
  });
});
