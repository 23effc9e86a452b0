/**
 * Reads the map model back from the prerendered SVG, so the browser does not download the
 * geometry a second time inside the JavaScript: the page already holds every path.
 */
import type { MapModel } from '../lib/geo/model.ts';
import { DEFAULT_REGION, isRegion } from '../lib/geo/regions.ts';

export function modelFromDom(root: ParentNode): MapModel | null {
  const svg = root.querySelector('svg.map');
  if (!svg) return null;
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const d = (selector: string): string => svg.querySelector(selector)?.getAttribute('d') ?? '';
  const markers = new Map<string, [number, number]>();
  const targets = new Map<string, [number, number]>();
  for (const c of svg.querySelectorAll('.markers circle.hit')) {
    const into = c.hasAttribute('data-target') ? targets : markers;
    into.set(c.getAttribute('data-id') ?? '', [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
  }
  const countries = [...svg.querySelectorAll('.countries path[data-id]')].map((p) => {
    const id = p.getAttribute('data-id') ?? '';
    const label = p.getAttribute('data-label')?.split(' ').map(Number);
    return {
      id,
      d: p.getAttribute('d') ?? '',
      marker: markers.get(id) ?? null,
      target: targets.get(id) ?? null,
      label: label?.length === 4 ? (label as [number, number, number, number]) : null,
    };
  });
  if (!width || !height || countries.length === 0) return null;
  const region = svg.getAttribute('data-region');
  return {
    region: isRegion(region) ? region : DEFAULT_REGION,
    width,
    height,
    sphere: d('.sphere'),
    graticule: d('.graticule'),
    other: d('.other'),
    countries,
  };
}
