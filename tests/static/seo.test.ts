// Reads the built site (no browser): titles, descriptions, social cards, structured data, feed,
// sitemap, robots.txt, manifest and icons — in the default build and the base-path build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SITE_URL } from '../../site.config.mjs';
import { attr, BUILDS, fileForAbsoluteUrl, htmlPages, meta, pngSize, readPage, requireBuild, textOf, urlPathOf, type Build } from '../support/built-site';

const xml = new XMLParser({ ignoreAttributes: false });

/** Article pages of a build (files). */
function articlePages(b: Build): string[] {
  return htmlPages(b.dir).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
}

/** A file of a build as a Buffer. */
function read(b: Build, rel: string): Buffer {
  return readFileSync(join(b.dir, rel));
}

/** JSON-LD blocks of a page, parsed. */
function jsonLdOf(b: Build, file: string): Record<string, unknown>[] {
  const page = readPage(b.dir, file);
  return page.elements
    .filter((e) => e.name === 'script' && e.attributes.type === 'application/ld+json')
    .map((e) => {
      const body = textOf(e);
      expect(body, `${file}: "<" must be escaped in JSON-LD`).not.toMatch(/</);
      return JSON.parse(body) as Record<string, unknown>;
    });
}

describe.each(BUILDS)('site features in $dir (base $base)', (b) => {
  it('every page has a unique title, a description and a canonical URL under the site origin and base', () => {
    requireBuild(b);
    const titles = new Map<string, string>();
    for (const file of htmlPages(b.dir)) {
      const page = readPage(b.dir, file);
      const title = page.elements.find((e) => e.name === 'title');
      const text = title ? textOf(title).trim() : '';
      expect(text, `${file} has no <title>`).not.toBe('');
      expect(titles.get(text), `${file} repeats the title of ${titles.get(text)}`).toBeUndefined();
      titles.set(text, file);
      expect((meta(page, 'description') ?? '').length, `${file} needs a description`).toBeGreaterThan(30);
      // The 404 page has no address of its own; embed views point elsewhere (their chart page).
      if (file === '404.html' || file.startsWith('embed/')) continue;
      const canonical = page.elements.find((e) => e.name === 'link' && e.attributes.rel === 'canonical');
      expect(canonical && attr(canonical, 'href')).toBe(SITE_URL + urlPathOf(file, b.base));
    }
    expect(titles.size).toBeGreaterThanOrEqual(8);
  });

  it('every page has og:image and twitter:image pointing to a 1200×630 PNG that exists', () => {
    for (const file of htmlPages(b.dir)) {
      const page = readPage(b.dir, file);
      // Bare embed views may leave cards out; when they have one it must be right too.
      if (file.startsWith('embed/') && meta(page, 'og:image') === undefined) continue;
      const image = meta(page, 'og:image') ?? '';
      expect(meta(page, 'twitter:image'), file).toBe(image);
      expect(meta(page, 'twitter:card'), file).toBe('summary_large_image');
      expect(meta(page, 'og:image:width'), file).toBe('1200');
      expect(meta(page, 'og:image:height'), file).toBe('630');
      expect((meta(page, 'og:image:alt') ?? '').length, file).toBeGreaterThan(5);
      const png = fileForAbsoluteUrl(image, b);
      expect(png, `${file}: og:image ${image} is not on ${SITE_URL}${b.base}`).toBeDefined();
      expect(existsSync(join(b.dir, png!)), `${file}: ${png} missing`).toBe(true);
      expect(pngSize(read(b, png!))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('a page that has its own card (articles, datasets, charts) uses it', () => {
    let own = 0;
    for (const file of htmlPages(b.dir)) {
      const key = file.replace(/\/?index\.html$/, '');
      if (!key || !existsSync(join(b.dir, 'og', `${key}.png`))) continue;
      own++;
      expect(meta(readPage(b.dir, file), 'og:image'), file).toBe(`${SITE_URL}${b.base}og/${key}.png`);
    }
    expect(own).toBeGreaterThanOrEqual(articlePages(b).length + 1);
  });

  it('each article has its own card and Article structured data', () => {
    const articles = articlePages(b);
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      const slug = file.split('/')[1];
      const page = readPage(b.dir, file);
      expect(meta(page, 'og:image')).toBe(`${SITE_URL}${b.base}og/articles/${slug}.png`);
      expect(meta(page, 'og:type')).toBe('article');
      const [ld] = jsonLdOf(b, file).filter((d) => d['@type'] === 'Article');
      expect(ld, `${file} has no Article JSON-LD`).toBeDefined();
      expect(ld).toMatchObject({ '@context': 'https://schema.org', url: SITE_URL + urlPathOf(file, b.base) });
      const h1 = page.elements.find((e) => e.name === 'h1');
      expect(ld!.headline).toBe(textOf(h1!).trim());
      expect(Array.isArray(ld!.author) && (ld!.author as unknown[]).length).toBeGreaterThan(0);
      expect(Date.parse(String(ld!.datePublished))).not.toBeNaN();
      expect(Date.parse(String(ld!.dateModified))).toBeGreaterThanOrEqual(Date.parse(String(ld!.datePublished)));
      expect(ld!.image).toEqual([meta(page, 'og:image')]);
      // An article that states sourced figures cites their sources.
      const notes = page.elements.filter((e) => /^fig-note-/.test(e.attributes.id ?? '')).length;
      if (notes > 0) {
        const cited = ld!.citation as { name: string; url?: string }[];
        expect(cited.length, `${file} states ${notes} figures but cites nothing`).toBeGreaterThan(0);
        // A work is linked at its own address (never a copy's), and only over https; a work whose address
        // the source pack does not give is cited by name alone.
        for (const c of cited) if (c.url !== undefined) expect(c.url, c.name).toMatch(/^https:\/\//);
        expect(cited.some((c) => c.url !== undefined), file).toBe(true);
      }
    }
  });

  it('every JSON-LD block on every page parses, names schema.org and has "<" escaped', () => {
    let blocks = 0;
    for (const file of htmlPages(b.dir)) {
      for (const ld of jsonLdOf(b, file)) {
        blocks++;
        expect(ld['@context'], file).toBe('https://schema.org');
        expect(typeof ld['@type'], file).toBe('string');
      }
    }
    expect(blocks).toBeGreaterThanOrEqual(2);
  });

  it('each chart page has its own card and ImageObject data whose files exist', () => {
    const chartPages = htmlPages(b.dir).filter((f) => /^charts\/[^/]+\/index\.html$/.test(f));
    for (const file of chartPages) {
      const id = file.split('/')[1];
      const page = readPage(b.dir, file);
      expect(meta(page, 'og:image'), file).toBe(`${SITE_URL}${b.base}og/charts/${id}.png`);
      const [ld] = jsonLdOf(b, file).filter((d) => d['@type'] === 'ImageObject');
      expect(ld, `${file} has no ImageObject JSON-LD`).toBeDefined();
      expect(ld!.url).toBe(SITE_URL + urlPathOf(file, b.base));
      for (const u of [ld!.contentUrl, ld!.thumbnailUrl] as string[]) expect(existsSync(join(b.dir, fileForAbsoluteUrl(u, b)!)), u).toBe(true);
      const dataset = ld!.isBasedOn as { distribution: { contentUrl: string }[] };
      for (const d of dataset.distribution) expect(existsSync(join(b.dir, fileForAbsoluteUrl(d.contentUrl, b)!)), d.contentUrl).toBe(true);
    }
  });

  it('the home page declares the WebSite with its search', () => {
    const [site] = jsonLdOf(b, 'index.html').filter((d) => d['@type'] === 'WebSite');
    expect(site).toMatchObject({ url: `${SITE_URL}${b.base}` });
    expect(JSON.stringify(site)).toContain(`${SITE_URL}${b.base}search/?q=`);
  });

  it('the RSS feed parses and lists every article with its absolute URL', () => {
    const feed = xml.parse(read(b, 'rss.xml').toString('utf8'));
    const items = [feed.rss.channel.item].flat();
    const links = items.map((i: { link: string }) => i.link).sort();
    const expected = articlePages(b).map((f) => SITE_URL + urlPathOf(f, b.base)).sort();
    expect(links).toEqual(expected);
    for (const i of items) expect(Date.parse(i.pubDate)).not.toBeNaN();
    // Pages advertise the feed.
    const home = readPage(b.dir, 'index.html');
    const alt = home.elements.find((e) => e.name === 'link' && e.attributes.type === 'application/rss+xml');
    expect(alt && attr(alt, 'href')).toBe(`${SITE_URL}${b.base}rss.xml`);
  });

  it('the sitemap parses, lists every article and leaves out embeds, search and 404', () => {
    const index = xml.parse(read(b, 'sitemap-index.xml').toString('utf8'));
    const maps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    const urls: string[] = maps.flatMap((loc) => {
      const file = fileForAbsoluteUrl(loc, b);
      expect(file, `sitemap ${loc} is off-site`).toBeDefined();
      return [xml.parse(read(b, file!).toString('utf8')).urlset.url].flat().map((u: { loc: string }) => u.loc);
    });
    for (const f of articlePages(b)) expect(urls).toContain(SITE_URL + urlPathOf(f, b.base));
    expect(urls).toContain(`${SITE_URL}${b.base}`);
    expect(urls.filter((u) => /\/(embed|embed-test|search)\/|404/.test(u))).toEqual([]);
    for (const u of urls) expect(existsSync(join(b.dir, fileForAbsoluteUrl(u, b)!)), u).toBe(true);
  });

  it('robots.txt points to the sitemap', () => {
    const robots = read(b, 'robots.txt').toString('utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE_URL}${b.base}sitemap-index.xml`);
  });

  it('has a web app manifest and a favicon set whose files exist at their stated sizes', () => {
    const manifest = JSON.parse(read(b, 'manifest.webmanifest').toString('utf8'));
    expect(manifest).toMatchObject({ start_url: b.base, scope: b.base });
    expect(manifest.name.length).toBeGreaterThan(3);
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      expect(icon.src.startsWith(b.base)).toBe(true);
      const buf = read(b, icon.src.slice(b.base.length));
      if (icon.type === 'image/png') {
        const [w, h] = icon.sizes.split('x').map(Number);
        expect(pngSize(buf)).toEqual({ width: w, height: h });
      }
    }
    expect(pngSize(read(b, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
    expect(pngSize(read(b, 'favicon-32.png'))).toEqual({ width: 32, height: 32 });
    const ico = read(b, 'favicon.ico');
    expect(ico.readUInt16LE(2)).toBe(1); // icon
    expect(ico.readUInt16LE(4)).toBe(2); // 16 and 32 px
    expect(pngSize(ico.subarray(ico.readUInt32LE(6 + 16 + 12)))).toEqual({ width: 32, height: 32 });
  });
});
