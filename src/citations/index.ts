export { citationAnchor, referenceAnchor } from './anchors';
export { numberCitations, type CiteMark, type CiteNumbering, type CiteUsage } from './numbering';
export { formatReference } from './format';
export { checkCiteUsages, UnknownSourceError, type CiteLocation } from './check';
export { siteCitation, articleCitation, SITE_CITE_YEAR } from './site-citation';
