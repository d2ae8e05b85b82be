// The shape of /explore/occupations.json, shared by its builder and the browser script. No imports,
// so the browser bundle takes nothing else in with it.

/** Scores are stored as integers: share × SCORE_SCALE (the CSV has four decimals, so nothing is lost). */
export const SCORE_SCALE = 10_000;

/** Bump when the shape changes, so a cached old file is never read as a new one. */
export const EXPLORE_DATA_VERSION = 1;

/**
 * One occupation: [O*NET code, title, human α, β, γ, GPT-4 α, β, γ] (scores × SCORE_SCALE),
 * plus the index of its OLI category in `cats` when it has one.
 */
export type OccupationTuple = [string, string, number, number, number, number, number, number, number?];

/** OEWS figures for one SOC code: [employment, median annual wage, index of a note in `notes`?]. */
export type SocTuple = [number | null, number | null, number?];

/** The JSON document. */
export interface ExploreData {
  /** Format version ({@link EXPLORE_DATA_VERSION}). */
  v: number;
  /** OLI categories referenced by occupation tuples. */
  cats: string[];
  /** Distinct wage notes referenced by SOC tuples. */
  notes: string[];
  /** Occupations, sorted by title. */
  occ: OccupationTuple[];
  /** OEWS May 2021 figures by 7-character SOC code (the first 7 characters of an O*NET code). */
  soc: Record<string, SocTuple>;
}

/** Position of human β in an {@link OccupationTuple} (the score the explorer ranks by). */
export const HUMAN_BETA = 3;
