/** One-sentence description of the whole site, for the home page, the site card, the manifest and the feed. */
export const SITE_DESCRIPTION =
  'How generative AI changed freelance writing and image work, and what clients buy now: peer-reviewed estimates, platform data and the Online Labour Index, with every number traced to its source.';
