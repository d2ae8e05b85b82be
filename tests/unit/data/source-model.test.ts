// The source model's rules (issue #12): each case is the valid fixture plus one change, and the load
// must stop naming the file, the line of the JSON entry or CSV row, and the reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearDataCache, loadData } from '../../../src/data';
import { fixture, issuesIn } from './helpers';

type Json = Record<string, unknown> & { read_at?: Record<string, unknown>[] };
const dirs: string[] = [];

/** Copy the valid fixture into a temporary directory, let `change` edit it, and return the directory. */
function variant(change: (files: { sources: Json[]; pkg: Json; figures: string[] }) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-model-'));
  dirs.push(dir);
  fs.cpSync(fixture('valid'), dir, { recursive: true });
  const sources = JSON.parse(fs.readFileSync(path.join(dir, 'sources.json'), 'utf8')) as Json[];
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as Json;
  const figures = fs.readFileSync(path.join(dir, 'figures.csv'), 'utf8').split('\n');
  change({ sources, pkg, figures });
  fs.writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(sources, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(pkg, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'figures.csv'), figures.join('\n'));
  return dir;
}


const byId = (sources: Json[], id: string) => sources.find((s) => s['id'] === id)!;

/** The line the JSON entry with this id starts on (its "{"), in the variant's sources.json. */
function entryLine(dir: string, id: string): number {
  const lines = fs.readFileSync(path.join(dir, 'sources.json'), 'utf8').split('\n');
  return lines.findIndex((l) => l.includes(`"id": "${id}"`));
}

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  clearDataCache();
});

describe('the source model (data/sources.json)', () => {
  it('the unchanged valid set loads (so each failure below is its one change)', () => {
    clearDataCache();
    expect(() => loadData({ dataDir: variant(() => {}) })).not.toThrow();
  });

  it('stops on a work whose URL is an address its words were read at as a copy', () => {
    const dir = variant(({ sources }) => {
      byId(sources, 'news-c')['URL'] = 'https://reposts.example.net/c';
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(new RegExp(`^F/sources\\.json:${entryLine(dir, 'news-c')}: \\[2\\]\\.URL: news-c: the work's URL https:\\/\\/reposts\\.example\\.net\\/c is where the words were read \\(a repost at Fixture Reposts\\)`)));
  });

  it('stops on a work URL that is not on a host of its outlet or issuer (an undeclared copy)', () => {
    const dir = variant(({ sources }) => {
      byId(sources, 'platform-b')['URL'] = 'https://mirror.example.com/b';
      byId(sources, 'platform-b').read_at = [{ url: 'https://mirror.example.com/b', copy: 'original', site: 'Platform B' }];
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(new RegExp(`^F/sources\\.json:${entryLine(dir, 'platform-b')}: \\[1\\]\\.URL: platform-b: https:\\/\\/mirror\\.example\\.com\\/b is not on a known host of "Platform B Inc\\." \\/ "Platform B"`)));
  });

  it('stops on a read_at marked original that is not the work\'s own address', () => {
    const dir = variant(({ sources }) => {
      byId(sources, 'study-a').read_at = [{ url: 'https://abstracts.example.net/a', copy: 'original', site: 'Abstracts' }];
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(new RegExp(`^F/sources\\.json:${entryLine(dir, 'study-a')}: \\[0\\]\\.read_at\\[0\\]\\.copy: study-a: https:\\/\\/abstracts\\.example\\.net\\/a is marked "original" but is not the work's own address`)));
  });

  it('stops on a read_at without its kind of copy', () => {
    const dir = variant(({ sources }) => {
      delete byId(sources, 'news-c').read_at![0]!['copy'];
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(new RegExp(`^F/sources\\.json:${entryLine(dir, 'news-c')}: \\[2\\]\\.read_at\\[0\\]\\.copy: read_at needs its kind of copy`)));
  });

  it('stops on a work without its kind', () => {
    const dir = variant(({ sources }) => {
      delete byId(sources, 'study-a')['kind'];
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(new RegExp(`^F/sources\\.json:${entryLine(dir, 'study-a')}: \\[0\\]\\.kind: needs its kind`)));
  });

  it('stops when a copy\'s site is given as the work\'s outlet', () => {
    const dir = variant(({ sources }) => {
      byId(sources, 'news-c')['container-title'] = 'Fixture Reposts';
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(new RegExp(`^F/sources\\.json:${entryLine(dir, 'news-c')}: \\[2\\]\\.container-title: news-c: outlet "Fixture Reposts" is the site of a repost`)));
  });

  it('stops when a resource in datapackage.json links a work at a copy', () => {
    const dir = variant(({ pkg }) => {
      ((pkg['resources'] as Json[])[1]!['sources'] as Json[]).push({ title: 'Fixture news', path: 'https://reposts.example.net/c' });
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(/^F\/datapackage\.json: resources\[1\]\.sources\[1\]\.path: https:\/\/reposts\.example\.net\/c is a copy \(news-c's repost at Fixture Reposts\)/));
  });
});

describe('who may carry a figure (every CSV with provenance columns)', () => {
  it('stops on a grade S figure from an issuer\'s release that names one report', () => {
    const dir = variant(({ sources }) => {
      byId(sources, 'platform-b')['kind'] = 'issuer-release';
    });
    expect(issuesIn(dir)).toContainEqual(
      'F/figures.csv:5: reported_by: grade S figure from an issuer\'s issuer-release ("platform-b") needs two independent reports, joined with ";" (platform-corroboration.md); it names one ("news-c")',
    );
  });

  it('accepts the same figure with two reports joined by ";"', () => {
    const dir = variant(({ sources, figures }) => {
      byId(sources, 'platform-b')['kind'] = 'issuer-release';
      sources.push({ ...byId(sources, 'news-c'), id: 'news-d', title: 'A second fixture report' });
      figures[4] = figures[4]!.replace(',news-c,', ',news-c;news-d,');
    });
    clearDataCache();
    expect(() => loadData({ dataDir: dir })).not.toThrow();
  });

  it('stops on an unknown id among several reports', () => {
    const dir = variant(({ figures }) => {
      figures[4] = figures[4]!.replace(',news-c,', ',news-c;news-x,');
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(/^F\/figures\.csv:5: reported_by: unknown source id "news-x"/));
  });

  it('stops on an AI-written digest given as a figure\'s source', () => {
    const dir = variant(({ sources }) => {
      byId(sources, 'platform-b')['kind'] = 'ai-digest';
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(/^F\/figures\.csv:5: source: "platform-b" is an AI-written digest \(kind ai-digest\)/));
  });

  it('stops on an AI-written digest that is a figure\'s only report', () => {
    const dir = variant(({ sources }) => {
      byId(sources, 'news-c')['kind'] = 'ai-digest';
    });
    expect(issuesIn(dir)).toContainEqual(expect.stringMatching(/^F\/figures\.csv:5: reported_by: "news-c" is an AI-written digest and the only report/));
  });
});
