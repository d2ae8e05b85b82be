import type { APIRoute } from 'astro';
import { absoluteUrl, url } from '../lib/routes';

/** robots.txt: everything may be crawled; the sitemap lists the pages meant for search engines. */
export const GET: APIRoute = () =>
  new Response(
    ['User-agent: *', `Allow: ${url()}`, '', `Sitemap: ${absoluteUrl('sitemap-index.xml')}`, ''].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
