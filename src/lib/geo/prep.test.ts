import { describe, expect, it } from 'vitest';
import type { GeometryObject, Topology } from 'topojson-specification';
import { assignJurisdictions, jurisdictionOf } from './prep.ts';

const numericToIso = new Map([
  ['250', 'FRA'],
  ['276', 'DEU'],
  ['004', 'AFG'],
  ['036', 'AUS'],
  ['620', 'PRT'],
]);
const names = new Map([
  ['FRA', 'France'],
  ['AUS', 'Australia'],
  ['XKX', 'Kosovo'],
]);

describe('jurisdictionOf', () => {
  it.each([
    [{ id: '250', properties: { name: 'France' } }, 'FRA'],
    [{ id: 4, properties: { name: 'Afghanistan' } }, 'AFG'], // numeric ids are padded to three digits
    [{ id: '36', properties: { name: 'Australia' } }, 'AUS'],
    [{ properties: { name: 'Kosovo' } }, 'XKX'], // a name in UNCODED wins, with or without an id
    [{ id: '999', properties: { name: 'N. Cyprus' } }, 'CYP'],
    [{ properties: { name: 'Siachen Glacier' } }, null], // land of no jurisdiction
    [{ id: '010', properties: { name: 'Antarctica' } }, null], // dropped
    [{ id: 10, properties: null }, null],
    [{ id: '999', properties: { name: 'Atlantis' } }, undefined], // unknown: fix UNCODED
    [{ properties: { name: 'Atlantis' } }, undefined],
    [{ id: '250' }, 'FRA'],
  ])('%j is %s', (g, iso) => {
    expect(jurisdictionOf(g, numericToIso)).toBe(iso);
  });
});

describe('assignJurisdictions', () => {
  // Arcs are not read, only passed on by index: a tiny world of labelled pieces.
  const piece = (name: string | undefined, id: string | number | undefined, arcs: number[][][] | number[][]): GeometryObject => {
    const props = name === undefined ? {} : { properties: { name } };
    const shape =
      typeof arcs[0][0] === 'number'
        ? { type: 'Polygon' as const, arcs: arcs as number[][] }
        : { type: 'MultiPolygon' as const, arcs: arcs as number[][][] };
    return { ...shape, ...(id === undefined ? {} : { id }), ...props } as GeometryObject;
  };
  const world: Topology = {
    type: 'Topology',
    bbox: [0, 0, 1, 1],
    arcs: [],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          piece('France', '250', [[[0]], [[1]]]),
          piece('Australia', '036', [[2]]),
          piece('Ashmore and Cartier Is.', undefined, [[3]]),
          piece('Kosovo', undefined, [[4]]),
          piece('Germany', 276, [[5]]),
          piece('Siachen Glacier', undefined, [[6]]),
          piece('Indian Ocean Ter.', '999', [[7]]),
          piece('Antarctica', '010', [[8]]),
          piece('Atlantis', '998', [[9]]),
          piece(undefined, undefined, [[10]]),
          { type: 'Point', id: '620', coordinates: [0, 0], properties: { name: 'Portugal' } } as unknown as GeometryObject,
        ],
      },
      land: { type: 'GeometryCollection', geometries: [] },
    },
  };
  // Run inside each test, not at collection, so mutation testing sees which test ran what.
  const assign = () => assignJurisdictions(world, numericToIso, names);

  it('gives one MultiPolygon per jurisdiction, sorted by code, merging its pieces', () => {
    expect(assign().topology.objects.countries).toEqual({
      type: 'GeometryCollection',
      geometries: [
        { type: 'MultiPolygon', id: 'AUS', arcs: [[[2]], [[3]]], properties: { name: 'Australia' } },
        { type: 'MultiPolygon', id: 'DEU', arcs: [[[5]]], properties: { name: 'DEU' } }, // no name: the code
        { type: 'MultiPolygon', id: 'FRA', arcs: [[[0]], [[1]]], properties: { name: 'France' } },
        { type: 'MultiPolygon', id: 'PRT', arcs: [], properties: { name: 'PRT' } },
        { type: 'MultiPolygon', id: 'XKX', arcs: [[[4]]], properties: { name: 'Kosovo' } },
      ],
    });
  });

  it('keeps unassigned land without an id as "other", and drops Antarctica and coded no-man’s land', () => {
    expect(assign().topology.objects.other).toEqual({
      type: 'GeometryCollection',
      geometries: [{ type: 'MultiPolygon', arcs: [[[6]]] }],
    });
  });

  it('names the Natural Earth pieces of each jurisdiction, and the features it could not place', () => {
    expect(Object.fromEntries(assign().ids)).toEqual({
      FRA: ['France'],
      AUS: ['Australia', 'Ashmore and Cartier Is.'],
      XKX: ['Kosovo'],
      DEU: ['Germany'],
      PRT: ['Portugal'],
    });
    expect(assign().unknown).toEqual(['Atlantis (998)', '(no name) (undefined)']);
  });

  it('keeps the arcs and drops the other objects', () => {
    expect(assign().topology.type).toBe('Topology');
    expect(assign().topology.bbox).toEqual([0, 0, 1, 1]);
    expect(assign().topology.arcs).toBe(world.arcs);
    expect(Object.keys(assign().topology.objects)).toEqual(['countries', 'other']);
  });
});
