/**
 * Search over names, as a reader types into the country finder: case- and accent-free, exact
 * names first, then names that start with the query, then names that contain it; each group
 * alphabetical. A code typed in full ("USA", "DEU") counts as an exact match.
 */
import { fold } from './fold.ts';

export interface Named {
  id: string;
  name: string;
}

function rank(item: Named, q: string): number {
  const name = fold(item.name);
  if (name === q || fold(item.id) === q) return 0;
  if (name.startsWith(q)) return 1;
  // A word inside the name ("korea" in "Republic of Korea") is as good as the start of it.
  if (name.split(/[\s'’(-]+/).some((w) => w.startsWith(q))) return 2;
  if (name.includes(q)) return 3;
  return -1;
}

export function matchNames<T extends Named>(items: readonly T[], query: string): T[] {
  const q = fold(query.trim());
  const byName = (a: T, b: T): number => a.name.localeCompare(b.name);
  if (!q) return [...items].sort(byName);
  return items
    .map((item) => ({ item, r: rank(item, q) }))
    .filter((m) => m.r >= 0)
    .sort((a, b) => a.r - b.r || byName(a.item, b.item))
    .map((m) => m.item);
}
