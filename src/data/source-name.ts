import type { Source } from './schemas/source';

type Name = NonNullable<Source['author']>[number];

function nameOf(n: Name): string {
  return n.literal ?? n.family ?? '';
}

/** The year a source was issued, when sources.json gives one. */
export function sourceYear(source: Source): number | undefined {
  const part = source.issued?.['date-parts']?.[0]?.[0];
  return part === undefined ? undefined : Number(part);
}

/** A short in-text name: one author "Hui (2024)", two "Hui & Zhou (2024)", three or more "Hui et al. (2024)"; no author → publisher or outlet (an unnamed news outlet → "a news report"). */
export function sourceShortName(source: Source): string {
  const authors = source.author ?? [];
  let who: string;
  if (authors.length === 1) who = nameOf(authors[0]!);
  else if (authors.length === 2) who = `${nameOf(authors[0]!)} & ${nameOf(authors[1]!)}`;
  else if (authors.length > 2) who = `${nameOf(authors[0]!)} et al.`;
  // A news report whose outlet the pack does not name is "a news report", never the site of the copy read.
  else who = source.publisher ?? source['container-title'] ?? (source.kind === 'news-report' ? 'a news report' : source.title);
  const year = sourceYear(source);
  return year === undefined ? who : `${who} (${year})`;
}
