import { describe, expect, it } from 'vitest';
import { REGION_SPECS, REGIONS, frameOutline, inFrame, inRegion, isRegion, modelPath } from './regions.ts';

describe('isRegion', () => {
  it.each(REGIONS.map((r) => [r]))('accepts %s', (r) => expect(isRegion(r)).toBe(true));

  it.each([[null], [undefined], [''], ['Europe'], ['ASIA'], ['south-america'], ['world ']])('refuses %j', (value) =>
    expect(isRegion(value)).toBe(false),
  );
});

describe('inRegion', () => {
  it('counts every jurisdiction as part of the world', () => {
    expect(inRegion('world', 'ZZZ')).toBe(true);
    expect(inRegion('world', 'AUS')).toBe(true);
  });

  it('counts only the members of a region, not the context in its frame', () => {
    expect(inRegion('europe', 'DEU')).toBe(true);
    expect(inRegion('europe', 'XKX')).toBe(true);
    // Morocco and Turkey lie inside Europe's frame but are drawn as context.
    expect(inRegion('europe', 'MAR')).toBe(false);
    expect(inRegion('europe', 'TUR')).toBe(false);
    expect(inRegion('north-america', 'USA')).toBe(true);
    expect(inRegion('north-america', 'GBR')).toBe(false);
    expect(inRegion('oceania', 'WSM')).toBe(true);
    expect(inRegion('oceania', 'IDN')).toBe(false);
  });
});

describe('inFrame', () => {
  it('takes in points inside the frame and on its edges', () => {
    expect(inFrame('europe', [10, 50])).toBe(true);
    expect(inFrame('europe', [-24, 34])).toBe(true);
    expect(inFrame('europe', [42, 71])).toBe(true);
    expect(inFrame('world', [-180, -60])).toBe(true);
    expect(inFrame('world', [180, 85])).toBe(true);
  });

  it('leaves out points past each edge', () => {
    expect(inFrame('europe', [10, 33.9])).toBe(false); // south
    expect(inFrame('europe', [10, 71.1])).toBe(false); // north
    expect(inFrame('europe', [-24.1, 50])).toBe(false); // west
    expect(inFrame('europe', [42.1, 50])).toBe(false); // east
    expect(inFrame('world', [0, -60.1])).toBe(false); // Antarctica
  });

  it('wraps longitudes west of the antimeridian into a frame that runs past 180°', () => {
    // Samoa (−172°) lies at 188° in Oceania's frame, which runs from 110° to 200°.
    expect(inFrame('oceania', [-172, -13.8])).toBe(true);
    expect(inFrame('oceania', [-160, -10])).toBe(true); // 200°: the east edge
    expect(inFrame('oceania', [-159, -10])).toBe(false); // 201°
    expect(inFrame('oceania', [-172, 1])).toBe(false); // north of the frame
    expect(inFrame('oceania', [150, -30])).toBe(true);
    // Wrapping only ever adds 360°: a point east of the frame is not brought back into it.
    expect(inFrame('north-america', [200, 40])).toBe(false);
    expect(inFrame('north-america', [-100, 40])).toBe(true);
  });
});

describe('frameOutline', () => {
  it('traces every edge of the frame, one point per degree', () => {
    const { type, coordinates } = frameOutline('europe');
    expect(type).toBe('MultiPoint');
    const [[w, s], [e, n]] = REGION_SPECS.europe.frame;
    const width = e - w + 1;
    const height = n - s + 1;
    expect(coordinates).toHaveLength(2 * width + 2 * height);
    const has = (x: number, y: number) => coordinates.some(([a, b]) => a === x && b === y);
    // The four corners and a point on each edge.
    for (const [x, y] of [
      [w, s],
      [e, s],
      [w, n],
      [e, n],
      [0, s],
      [0, n],
      [w, 50],
      [e, 50],
    ])
      expect(has(x, y), `${x},${y}`).toBe(true);
    // Nothing from the inside or outside of the frame.
    expect(coordinates.every(([x, y]) => x === w || x === e || y === s || y === n)).toBe(true);
    expect(coordinates.every(([x, y]) => x >= w && x <= e && y >= s && y <= n)).toBe(true);
  });
});

describe('modelPath', () => {
  it('keeps the world model where the site has always had it and each region in its own file', () => {
    expect(modelPath('world')).toBe('data/map-model.json');
    expect(modelPath('europe')).toBe('data/regions/europe.json');
    expect(modelPath('north-america')).toBe('data/regions/north-america.json');
  });
});
