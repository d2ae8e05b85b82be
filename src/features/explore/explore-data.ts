// The explorer's one data file (/explore/occupations.json): every occupation's title and exposure
// scores, employment and wage per SOC code (stated once, though several O*NET codes may share it),
// and the OLI category where a mapping is sound. Short keys and integers keep it small.
import type { OccupationExposureRow } from '../../data/schemas/occupation-exposure';
import { MAPPED_CATEGORIES, oliCategoryFor } from './oli-mapping';
import { EXPLORE_DATA_VERSION, SCORE_SCALE, type ExploreData, type OccupationTuple, type SocTuple } from './data-shape';

const scaled = (share: number): number => Math.round(share * SCORE_SCALE);

/** Build the explorer's data from data/occupation-exposure.csv rows; throws on a SOC code whose rows disagree. */
export function buildExploreData(rows: readonly OccupationExposureRow[]): ExploreData {
  const cats = MAPPED_CATEGORIES.filter((c) => rows.some((r) => oliCategoryFor(r.onet_code) === c));
  const notes: string[] = [];
  const soc: Record<string, SocTuple> = {};
  const sorted = [...rows].sort((a, b) => a.title.localeCompare(b.title, 'en') || a.onet_code.localeCompare(b.onet_code));
  const occ = sorted.map((r): OccupationTuple => {
    const t: OccupationTuple = [
      r.onet_code,
      r.title,
      scaled(r.human_alpha),
      scaled(r.human_beta),
      scaled(r.human_gamma),
      scaled(r.gpt4_alpha),
      scaled(r.gpt4_beta),
      scaled(r.gpt4_gamma),
    ];
    const cat = oliCategoryFor(r.onet_code);
    if (cat) t.push(cats.indexOf(cat));
    const s: SocTuple = [r.employment, r.median_wage];
    if (r.wage_note) {
      if (!notes.includes(r.wage_note)) notes.push(r.wage_note);
      s.push(notes.indexOf(r.wage_note));
    }
    // The browser finds a row's SOC figures by the first 7 characters of its O*NET code.
    if (r.soc_code !== r.onet_code.slice(0, 7)) throw new Error(`data/occupation-exposure.csv: ${r.onet_code}: soc_code ${r.soc_code} is not its first 7 characters`);
    const prev = soc[r.soc_code];
    // OEWS figures belong to the SOC code; rows sharing it must carry the same ones, or "no duplication" would lose data.
    if (prev && JSON.stringify(prev) !== JSON.stringify(s)) {
      throw new Error(`data/occupation-exposure.csv: ${r.onet_code} has OEWS figures ${JSON.stringify(s)} but SOC ${r.soc_code} already has ${JSON.stringify(prev)}`);
    }
    soc[r.soc_code] = s;
    return t;
  });
  return { v: EXPLORE_DATA_VERSION, cats, notes, occ, soc };
}
