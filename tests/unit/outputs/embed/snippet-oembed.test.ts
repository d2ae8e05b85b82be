import { describe, expect, it } from 'vitest';
import { snippetHtml } from '../../../../src/outputs/embed/snippet';
import { oembedDoc } from '../../../../src/outputs/embed/oembed';
import { embedSnippet } from '../../../../src/outputs/embed/embed-snippet';
import { absoluteUrl, url } from '../../../../src/lib/routes';

describe('embed snippet', () => {
  const parts = { id: 'a-chart', title: 'Say "hi" & <wave>', frameSrc: 'https://x.org/embed/a-chart/', scriptSrc: 'https://x.org/embed.js', height: 640 };

  it('is an iframe with title, lazy loading, fallback height and marker, then the async host script', () => {
    expect(snippetHtml(parts)).toBe(
      '<iframe src="https://x.org/embed/a-chart/" title="Say &quot;hi&quot; &amp; &lt;wave&gt;" loading="lazy" height="640" ' +
        'style="border:0;width:100%;height:640px" data-genai-embed="a-chart"></iframe><script src="https://x.org/embed.js" async></script>',
    );
  });

  it('never sets scrolling="no" (a frame without the host script must still reach its whole chart)', () => {
    expect(snippetHtml(parts)).not.toMatch(/scrolling/);
  });

  it('on phone-width hosts, a height that follows the viewport, capped by the fixed one', () => {
    expect(snippetHtml({ ...parts, narrow: { base: 500, perVw: 31.5 } })).toContain('style="border:0;width:100%;height:min(640px,calc(500px + 31.5vw))"');
    expect(() => snippetHtml({ ...parts, narrow: { base: Number.NaN, perVw: 1 } })).toThrow(/a-chart.*narrow/);
  });

  it('refuses a height that is not a positive whole number', () => {
    expect(() => snippetHtml({ ...parts, height: 0 })).toThrow(/a-chart.*height/);
    expect(() => snippetHtml({ ...parts, height: 10.5 })).toThrow(/height/);
  });

  it('uses absolute URLs on the configured origin, or root-relative ones for the site itself', () => {
    const abs = embedSnippet({ id: 'c', title: 'T' }, { height: 500 });
    expect(abs).toContain(`src="${absoluteUrl('embed/c/')}"`);
    expect(abs).toContain(`src="${absoluteUrl('embed.js')}"`);
    const rel = embedSnippet({ id: 'c', title: 'T' }, { height: 500 }, { relative: true });
    expect(rel).toContain(`src="${url('embed/c/')}"`);
    expect(rel).toContain(`src="${url('embed.js')}"`);
  });
});

describe('oEmbed document', () => {
  const input = { title: 'T', html: '<iframe></iframe>', width: 744, height: 640, providerName: 'P', providerUrl: 'https://x.org/' };

  it('is a version 1.0 rich response with the required fields', () => {
    expect(oembedDoc(input)).toEqual({ version: '1.0', type: 'rich', title: 'T', html: '<iframe></iframe>', width: 744, height: 640, provider_name: 'P', provider_url: 'https://x.org/', cache_age: 86400 });
  });

  it('adds a thumbnail with whole-pixel sizes', () => {
    const d = oembedDoc({ ...input, thumbnail: { url: 'https://x.org/c.png', width: 1536.4, height: 900 } });
    expect([d.thumbnail_url, d.thumbnail_width, d.thumbnail_height]).toEqual(['https://x.org/c.png', 1536, 900]);
  });

  it('refuses sizes the spec does not allow', () => {
    expect(() => oembedDoc({ ...input, width: -1 })).toThrow(/width/);
    expect(() => oembedDoc({ ...input, height: 1.5 })).toThrow(/height/);
  });
});
