/** The ids in a `reported_by` cell: several reports are joined with ";" (empty cell → none). */
export function reportedByIds(cell: unknown): string[] {
  if (typeof cell !== 'string') return [];
  return cell.split(';').map((id) => id.trim()).filter((id) => id !== '');
}
