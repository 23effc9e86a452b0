/**
 * The floor for the benchmark: the same geometry and data, drawn with d3-geo into SVG and
 * recoloured on input, with no framework and no features. Our pages are measured against it.
 */
import { geoAzimuthalEqualArea, geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

const LEVELS = ['none', 'cleared', 'advisory', 'partial', 'government', 'nationwide'];
const NS = 'http://www.w3.org/2000/svg';
const dayOf = (iso: string) => Date.parse((iso + '-01-01').slice(0, 10)) / 86_400_000;

interface Action {
  jurisdiction: string;
  level: string;
  date: { iso: string };
  ends: { iso: string } | null;
}

const [world, atlas] = (await Promise.all([
  fetch('../data/world.json').then((r) => r.json()),
  fetch('../data/kaspersky/events.json').then((r) => r.json()),
])) as [Topology, { actions: Action[] }];

const svg = document.getElementById('map') as unknown as SVGSVGElement;
const path = geoPath(geoEqualEarth().fitWidth(1200, { type: 'Sphere' }));
const paths = new Map<string, SVGPathElement>();
for (const f of (feature(world, world.objects.countries as GeometryCollection) as FeatureCollection).features) {
  const p = document.createElementNS(NS, 'path');
  p.setAttribute('d', path(f) ?? '');
  svg.append(p);
  paths.set(String(f.id), p);
}
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('map-painted')));

const actions = atlas.actions
  .filter((a) => a.level !== 'context')
  .map((a) => ({
    id: a.jurisdiction,
    rank: LEVELS.indexOf(a.level),
    from: dayOf(a.date.iso),
    to: a.ends ? dayOf(a.ends.iso) : Infinity,
  }));

function recolour(day: number): void {
  const best = new Map<string, number>();
  for (const a of actions) if (a.from <= day && a.to >= day && a.rank > (best.get(a.id) ?? 0)) best.set(a.id, a.rank);
  for (const [id, p] of paths) p.setAttribute('class', `s${best.get(id) ?? 0}`);
}

const slider = document.getElementById('slider') as HTMLInputElement;
const min = Math.min(...actions.map((a) => a.from)) - 365;
const max = Math.floor(Date.now() / 86_400_000);
slider.min = String(min);
slider.max = String(max);
const asked = new URLSearchParams(location.search).get('date');
const initial = asked ? dayOf(asked) : max;
slider.value = String(initial);
recolour(initial);
slider.addEventListener('input', () => recolour(Number(slider.value)));

let timer: ReturnType<typeof setInterval> | null = null;
document.getElementById('play')?.addEventListener('click', () => {
  if (timer) {
    clearInterval(timer);
    timer = null;
    return;
  }
  slider.value = String(min);
  timer = setInterval(() => {
    slider.value = String(Math.min(max, Number(slider.value) + 7));
    recolour(Number(slider.value));
  }, 40);
});
// The region switch, framework-free: re-project every shape into Europe's LAEA and redraw.
(window as unknown as { __europe: () => void }).__europe = () => {
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [-24, 34],
      [42, 34],
      [-24, 71],
      [42, 71],
      [10, 34],
      [10, 71],
    ],
  };
  const europe = geoPath(geoAzimuthalEqualArea().rotate([-10, -52]).fitWidth(1200, box));
  for (const f of (feature(world, world.objects.countries as GeometryCollection) as FeatureCollection).features) {
    paths.get(String(f.id))?.setAttribute('d', europe(f) ?? '');
  }
  svg.setAttribute('data-region', 'europe');
};
document.documentElement.dataset.ready = 'true';
