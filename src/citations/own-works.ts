// CSL items for the works this project publishes (the site, each article, chart, dataset and the
// explorer), so each is cited the one way: APA and BibTeX from the same item, the year from the data
// package's own date.
import { SITE_NAME, SITE_SHORT_NAME } from '../../site.config.mjs';
import { absoluteUrl, chartPagePath, dataPagePath } from '../lib/routes';
import { bibtex } from './bibtex';
import { citeYear } from './cite-year';
import { apa } from './format';

/** A CSL-JSON item (the fields citation-js reads). */
export type CslItem = Record<string, unknown>;

const author = [{ literal: SITE_SHORT_NAME }];
const key = (id: string) => `${SITE_SHORT_NAME.replace(/\W+/g, '').toLowerCase()}-${id}`;
const thisYear = () => ({ 'date-parts': [[citeYear()]] });

/** The whole site. */
export function siteItem(): CslItem {
  return { id: key('site'), type: 'webpage', title: SITE_NAME, author, issued: thisYear(), URL: absoluteUrl('') };
}

/** One article: its authors and publication date. */
export function articleItem(article: { slug: string; title: string; authors: readonly string[]; published: Date }): CslItem {
  const d = article.published;
  return {
    id: key(article.slug),
    type: 'webpage',
    title: article.title,
    author: article.authors.map((literal) => ({ literal })),
    issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
    'container-title': SITE_SHORT_NAME,
    URL: absoluteUrl(`articles/${article.slug}/`),
  };
}

/** One chart page. */
export function chartItem(chart: { id: string; title: string }): CslItem {
  return { id: key(chart.id), type: 'figure', title: chart.title, author, publisher: SITE_SHORT_NAME, issued: thisYear(), URL: absoluteUrl(chartPagePath(chart.id)) };
}

/** One dataset page (our compilation; its original sources are credited beside it). */
export function datasetItem(d: { name: string; title: string }): CslItem {
  return { id: key(`data-${d.name}`), type: 'dataset', title: d.title, author, publisher: SITE_SHORT_NAME, issued: thisYear(), URL: absoluteUrl(dataPagePath(d.name)) };
}

/** The occupation explorer page. */
export function explorerItem(title: string): CslItem {
  return { id: key('explore'), type: 'webpage', title, author, 'container-title': SITE_SHORT_NAME, issued: thisYear(), URL: absoluteUrl('explore/') };
}

/** APA (text) and BibTeX for one of our works. */
export function citeOwnWork(item: CslItem): { apa: string; bibtex: string } {
  return { apa: apa(item), bibtex: bibtex(item) };
}
