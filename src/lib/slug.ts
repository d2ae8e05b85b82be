/** URL slug of a display name: "Writing and translation" → "writing-and-translation" ("&" reads "and"). */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
