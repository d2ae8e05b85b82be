import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData, type Report } from 'html-validate';
import { BUILDS, filesIn, htmlPages, requireBuild } from '../support/built-site';

// Valid HTML (issue #15): html-validate's recommended rules (.htmlvalidate.cjs, where each option set
// says why) over every built page, and over the embed snippet as a host page pastes it.
const dist = BUILDS[0]!;
requireBuild(dist);
// The project's configuration given directly: a built site outside the project folder (DIST_DIR)
// would otherwise find no configuration file and be checked against no rules at all.
const validator = new HtmlValidate(createRequire(import.meta.url)('../../.htmlvalidate.cjs') as ConfigData);

/** Every error of a report as "file:line:column rule: message". */
const errors = (r: Report) =>
  r.results.flatMap((res) => res.messages.filter((m) => m.severity === 2).map((m) => `${res.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));

describe('html-validate', () => {
  it('every built page is valid HTML', async () => {
    const pages = htmlPages(dist.dir).filter((f) => !f.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const f of pages) found.push(...errors(await validator.validateFile(join(dist.dir, f))));
    expect(found).toEqual([]);
  });

  const snippets = filesIn(join(dist.dir, 'oembed'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id: f.replace(/\.json$/, ''), html: (JSON.parse(readFileSync(join(dist.dir, 'oembed', f), 'utf8')) as { html: string }).html }));

  it('has embed snippets to check', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  it.each(snippets.map((s) => [s.id, s.html]))('the %s snippet is valid HTML on a host page', async (_id, html) => {
    const host = `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A host article</title></head>\n<body>\n<main><h1>A host article</h1>\n${html}\n</main>\n</body>\n</html>\n`;
    expect(errors(await validator.validateString(host, 'host-page.html'))).toEqual([]);
  });

  it('catches what it is there to catch: a figcaption in the middle of a figure, a width of 100%, an empty heading', async () => {
    const bad = `<!DOCTYPE html>\n<html lang="en"><head><title>t</title></head><body><main>\n<figure><p>a</p><figcaption>c</figcaption><p>b</p></figure>\n<iframe src="https://x.org/" title="x" width="100%" height="10"></iframe>\n<h2></h2>\n</main></body></html>\n`;
    const rules = (await validator.validateString(bad, 'bad.html')).results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['element-permitted-order', 'attribute-allowed-values', 'empty-heading']));
  });
});
