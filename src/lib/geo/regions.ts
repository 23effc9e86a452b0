/**
 * Region views: a part of the world drawn in its own projection (src/lib/geo/model.ts, at
 * build time), so that a continent fills the map's width instead of a few percent of it. Each
 * region names its frame (the lon/lat box the view shows) and the jurisdictions it is about;
 * countries inside the frame but not in the list are drawn dimmed, as context. No d3 here:
 * the browser needs the names and frames, never the projections.
 */

export const REGIONS = ['world', 'europe', 'north-america', 'asia', 'africa', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];
export const DEFAULT_REGION: Region = 'world';
/**
 * A window narrower than 600 px: there the explorer opens on the atlas's phone region (the
 * world's 2:1 shape is 170 px tall at 375 px). The head script (region.js) and the app both use it.
 */
export const PHONE_MEDIA = '(max-width: 599.98px)';

export interface RegionSpec {
  id: Region;
  /** [[west, south], [east, north]] in degrees: what the view shows (and what the WebGL map flies to). */
  frame: [[number, number], [number, number]];
  /** The jurisdictions the view is about; null means every one (the world). */
  members: ReadonlySet<string> | null;
}

const set = (ids: string): ReadonlySet<string> => new Set(ids.split(' '));

export const REGION_SPECS: Record<Region, RegionSpec> = {
  world: {
    id: 'world',
    frame: [
      [-180, -60],
      [180, 85],
    ],
    members: null,
  },
  europe: {
    id: 'europe',
    frame: [
      [-24, 34],
      [42, 71],
    ],
    // UN M49 Europe, with Cyprus (an EU member) and the Crown dependencies.
    members: set(
      'ALA ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA FRO GBR GGY GIB GRC HRV HUN IMN IRL ISL ITA JEY ' +
        'LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SJM SMR SRB SVK SVN SWE UKR VAT XKX',
    ),
  },
  'north-america': {
    id: 'north-america',
    frame: [
      [-168, 7],
      [-52, 72],
    ],
    members: set(
      'ABW AIA ATG BHS BLM BLZ BMU BRB CAN CRI CUB CUW CYM DMA DOM GRD GRL GTM HND HTI JAM KNA LCA MAF MEX MSR NIC PAN ' +
        'PRI SLV SPM SXM TCA TTO USA VCT VGB VIR',
    ),
  },
  asia: {
    id: 'asia',
    // From the Bosporus to Japan, and south to Timor: the Middle East is in it, as in UN M49.
    frame: [
      [25, -12],
      [148, 56],
    ],
    // UN M49 Asia, less Cyprus (in Europe's view, as an EU member).
    members: set(
      'AFG ARE ARM AZE BGD BHR BRN BTN CHN GEO HKG IDN IND IRN IRQ ISR JOR JPN KAZ KGZ KHM KOR KWT LAO LBN LKA MAC MDV ' +
        'MMR MNG MYS NPL OMN PAK PHL PRK PSE QAT SAU SGP SYR THA TJK TKM TLS TUR TWN UZB VNM YEM',
    ),
  },
  africa: {
    id: 'africa',
    // Cape Verde in the west to Mauritius in the east.
    frame: [
      [-26, -36],
      [60, 38],
    ],
    // UN M49 Africa.
    members: set(
      'AGO BDI BEN BFA BWA CAF CIV CMR COD COG COM CPV DJI DZA EGY ERI ESH ETH GAB GHA GIN GMB GNB GNQ KEN LBR LBY LSO ' +
        'MAR MDG MLI MOZ MRT MUS MWI MYT NAM NER NGA REU RWA SDN SEN SHN SLE SOM SSD STP SWZ SYC TCD TGO TUN TZA UGA ZAF ' +
        'ZMB ZWE',
    ),
  },
  oceania: {
    id: 'oceania',
    // East of the antimeridian too, for Samoa, Tonga and the Cook Islands.
    frame: [
      [110, -48],
      [200, 0],
    ],
    members: set('ASM AUS COK FJI FSM GUM KIR MHL MNP NCL NFK NIU NRU NZL PCN PLW PNG PYF SLB TON TUV VUT WLF WSM'),
  },
};

export function isRegion(value: string | null | undefined): value is Region {
  return value !== null && value !== undefined && (REGIONS as readonly string[]).includes(value);
}

/** Whether a jurisdiction is one the region is about (everything else in its frame is context). */
export function inRegion(region: Region, id: string): boolean {
  const members = REGION_SPECS[region].members;
  return members === null || members.has(id);
}

/** Whether a lon/lat point lies inside the region's frame (east of 180° counts as wrapped). */
export function inFrame(region: Region, [lon, lat]: [number, number]): boolean {
  const [[w, s], [e, n]] = REGION_SPECS[region].frame;
  if (lat < s || lat > n) return false;
  return (lon >= w && lon <= e) || (lon + 360 >= w && lon + 360 <= e);
}

/** Points along the frame's edges, every degree: what a projection is fitted to. */
export function frameOutline(region: Region): GeoJSON.MultiPoint {
  const [[w, s], [e, n]] = REGION_SPECS[region].frame;
  const points: [number, number][] = [];
  for (let x = w; x <= e; x++) points.push([x, s], [x, n]);
  for (let y = s; y <= n; y++) points.push([w, y], [e, y]);
  return { type: 'MultiPoint', coordinates: points };
}

/** Where a region's projected map is, relative to the site's root (the build writes it there). */
export function modelPath(region: Region): string {
  return region === 'world' ? 'data/map-model.json' : `data/regions/${region}.json`;
}

/** Where a region's alliance outlines are, in its projection: fetched only with an overlay on in that view. */
export function outlinesPath(region: Region): string {
  return region === 'world' ? 'data/outlines.json' : `data/regions/${region}-outlines.json`;
}
