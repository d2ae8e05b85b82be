/** A DOI as its resolver link: "10.1287/x" → "https://doi.org/10.1287/x". The one place a DOI becomes a URL. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
