/**
 * Restyles the map's country shapes and markers in place: they are drawn once per map as markup
 * (src/lib/geo/country-shapes.ts), and every date, hover, highlight or new width comes through
 * here. Only the attributes that changed are written, so the browser restyles only those.
 */
import { countryClass, markClass, MARK_R, type CountryLook } from '../lib/geo/country-shapes.ts';

function set(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function paintCountries(shapes: Element, look: (id: string) => CountryLook): void {
  for (const shape of shapes.children) {
    const id = shape.getAttribute('data-id');
    if (id === null) continue;
    const l = look(id);
    set(shape, 'class', countryClass(l));
    set(shape, 'data-status', l.level);
  }
}

/**
 * The markers layer: every tap target's radius (24 CSS pixels as drawn), and each tiny state's
 * visible marker, added after its tap target when it gains a level and removed when it loses it.
 */
export function paintMarkers(markers: Element, look: (id: string) => CountryLook, hitR: number): void {
  for (const hit of [...markers.querySelectorAll('circle.hit')]) {
    set(hit, 'r', String(hitR));
    const id = hit.getAttribute('data-id');
    if (id === null || hit.hasAttribute('data-target')) continue;
    const l = look(id);
    let mark = hit.nextElementSibling?.classList.contains('mark') ? hit.nextElementSibling : null;
    if (l.level === 'none') {
      mark?.remove();
      continue;
    }
    if (!mark) {
      mark = hit.ownerDocument.createElementNS(hit.namespaceURI, 'circle');
      for (const name of ['cx', 'cy']) mark.setAttribute(name, hit.getAttribute(name) ?? '0');
      mark.setAttribute('r', String(MARK_R));
      mark.setAttribute('data-id', id);
      hit.after(mark);
    }
    set(mark, 'class', markClass(l));
    set(mark, 'data-status', l.level);
  }
}
