import { getOccupationExposure } from '../../data';
import { sortOrder, type SortKey } from './sorts';

/** Title and description of the /explore/ page for one sort order (the page passes them to BaseLayout). */
export function explorePageMeta(sort: SortKey): { title: string; description: string } {
  const rows = getOccupationExposure();
  const title = sort === 'title' ? 'How exposed is my work? Occupation explorer' : `Occupation explorer, sorted by ${sortOrder(sort).label}`;
  const description = `Look up any of ${rows.length} US occupations: how much of its work language models could speed up (GPTs-are-GPTs), its BLS employment and wage, and what online freelance data show for its kind of work.`;
  return { title, description };
}
