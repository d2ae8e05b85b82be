import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { SITE_SHORT_NAME } from '../../site.config.mjs';
import { absoluteUrl, chartPagePath } from '../lib/routes';

/** Year charts are cited with: one value per data-package release, so two builds of one commit match. */
export const CITE_YEAR = 2026;

/** Escape BibTeX special characters in a field value. */
function bib(s: string): string {
  return s.replace(/[\\{}%&$#_^~]/g, (c) => `\\${c}`);
}

// Why by hand: citation-js's BibTeX output needs @citation-js/plugin-bibtex, which the project does not
// ship; a @misc entry has five fields, so a template is simpler than another dependency.
function bibtex(key: string, title: string, url: string): string {
  return [`@misc{${key},`, `  author = {{${bib(SITE_SHORT_NAME)}}},`, `  title = {${bib(title)}},`, `  year = {${CITE_YEAR}},`, `  howpublished = {\\url{${url}}},`, `  note = {Chart}`, '}'].join('\n');
}

/** APA and BibTeX citations for a chart page (citation-js, CSL-JSON in). */
export function chartCitation(chart: { id: string; title: string }): { apa: string; bibtex: string } {
  const item = {
    id: `${SITE_SHORT_NAME.replace(/\W+/g, '').toLowerCase()}-${chart.id}`,
    type: 'figure',
    title: chart.title,
    author: [{ literal: SITE_SHORT_NAME }],
    issued: { 'date-parts': [[CITE_YEAR]] },
    URL: absoluteUrl(chartPagePath(chart.id)),
    publisher: SITE_SHORT_NAME,
  };
  const cite = new Cite([item]);
  return {
    apa: String(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim(),
    bibtex: bibtex(item.id, chart.title, item.URL),
  };
}
