// Number formatting for the explorer, shared by the static table (build) and the browser script. It
// uses only Intl, so the browser bundle stays small; a unit test checks it prints exactly what the
// site's formatValue (src/lib/format) prints for every row, so the two can never drift.

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** An exposure share (0–1) with two decimals: 0.8077 → "0.81". */
export function formatScore(share: number): string {
  return share.toFixed(2);
}

/** A count with thousands separators: 52170 → "52,170". */
export function formatCount(n: number): string {
  return grouped.format(n);
}

/** US dollars, whole: 49110 → "$49,110". */
export function formatUsd(n: number): string {
  return '$' + grouped.format(n);
}

/** Why a wage or employment figure is missing, in a few words, from the data's wage_note. */
export function missingLabel(note: string | null | undefined): string {
  if (!note) return 'not available';
  if (/top-coded/.test(note)) return 'top-coded';
  if (/HOURLY=TRUE/.test(note)) return 'hourly only';
  if (/no OEWS match/.test(note)) return 'not in OEWS';
  return 'not published';
}

/** The sentence explaining a missing wage or employment figure, for the result panel. */
export function missingSentence(note: string | null | undefined): string {
  const label = missingLabel(note);
  if (label === 'top-coded') return 'OEWS top-codes this median: it is at or above the highest wage the survey reports.';
  if (label === 'hourly only') return 'OEWS publishes only an hourly wage for this occupation, not an annual one.';
  if (label === 'not in OEWS') return 'This occupation is not a detailed occupation in the OEWS May 2021 file.';
  return 'OEWS does not publish this figure.';
}
