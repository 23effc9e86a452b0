/** Case- and accent-free text for search: "cote" finds Côte d'Ivoire, "turkiye" Türkiye. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
