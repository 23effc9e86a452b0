import { describe, expect, it } from 'vitest';
import { heightMessages, readEmbedParams, readIncoming } from './protocol.ts';
import { heightFromMessage } from './host.ts';

describe('readEmbedParams', () => {
  it.each([
    ['?childId=map1', '', 'map1', null],
    ['?childId=<x>', '', null, null],
    ['', '#?secret=Ab3_x', null, 'Ab3_x'],
    ['', '#secret=Ab3', null, 'Ab3'],
    ['', '#?secret="><svg', null, null],
  ])('%s %s', (search, hash, pym, secret) => {
    expect(readEmbedParams(search, hash, 'kaspersky')).toEqual({ pymId: pym, secret, slug: 'kaspersky' });
  });
});

describe('heightMessages', () => {
  it('speaks every protocol it has an id for, with a whole number of pixels', () => {
    expect(heightMessages(611.2, { pymId: 'map1', secret: 's3', slug: 'kaspersky' })).toEqual([
      'pymxPYMxmap1xPYMxheightxPYMx612',
      { 'datawrapper-height': { kaspersky: 612 } },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
      { message: 'height', value: 612, secret: 's3' },
      { subject: 'lti.frameResize', height: 612 },
    ]);
  });
  it('leaves out pym and WordPress without their ids', () => {
    const list = heightMessages(500, { pymId: null, secret: null, slug: 'x' });
    expect(list).toHaveLength(3);
  });
});

describe('readIncoming', () => {
  const p = { pymId: 'map1', secret: 's3', slug: 'k' };
  it.each<[unknown, string]>([
    ['pymxPYMxmap1xPYMxwidthxPYMx640', 'pym-width'],
    ['pymxPYMxmap2xPYMxwidthxPYMx640', 'ignored'],
    ['pymxPYMxmap1xPYMxwidthxPYMxNaN', 'ignored'],
    ['pymxPYMxmap1xPYMxwidthxPYMx1', 'pym-width'],
    ['pymxPYMxmap1xPYMxwidthxPYMx99999', 'pym-width'],
    ['pymxPYMxmap1xPYMxwidthxPYMx0', 'ignored'],
    ['pymxPYMxmap1xPYMxwidthxPYMx-640', 'ignored'],
    ['pymxPYMxmap1xPYMxwidthxPYMx100000', 'ignored'],
    ['pymxPYMxmap1xPYMxwidthxPYMxInfinity', 'ignored'],
    ['pymxPYMxmap1xPYMxnavigateToxPYMxjavascript:alert(1)', 'ignored'],
    [{ message: 'ready', secret: 's3' }, 'wp-ready'],
    [{ message: 'ready', secret: 'other' }, 'ignored'],
    [{ message: 'link', value: 'https://evil.example' }, 'ignored'],
    [{ message: 'link', secret: 's3' }, 'ignored'],
    [null, 'ignored'],
    [42, 'ignored'],
  ])('%j is %s', (data, kind) => {
    expect(readIncoming(data, p).kind).toBe(kind);
  });
});

describe('readIncoming without the ids', () => {
  it('answers no pym width without a pym id, and no WordPress ready without a secret', () => {
    const none = { pymId: null, secret: null, slug: 'k' };
    expect(readIncoming('pymxPYMxnullxPYMxwidthxPYMx640', none).kind).toBe('ignored');
    expect(readIncoming({ message: 'ready', secret: null }, none).kind).toBe('ignored');
  });
  it('reads the width pym sends', () => {
    expect(readIncoming('pymxPYMxmap1xPYMxwidthxPYMx640', { pymId: 'map1', secret: null, slug: 'k' })).toEqual({
      kind: 'pym-width',
      width: 640,
    });
  });
});

describe('heightFromMessage', () => {
  it.each<[unknown, number | null]>([
    [{ 'datawrapper-height': { k: 480 } }, 480],
    [{ 'datawrapper-height': { k: 1e9 } }, 4000],
    [{ 'datawrapper-height': { k: '480' } }, null],
    [{ 'datawrapper-height': { other: 480 } }, null],
    ['480', null],
  ])('%j gives %s', (data, h) => {
    expect(heightFromMessage(data, 'k')).toBe(h);
  });
});

describe('heightFromMessage, edge cases', () => {
  it.each([
    [null, null],
    ['datawrapper-height', null],
    [{ 'datawrapper-height': null }, null],
    [{ 'datawrapper-height': 'x' }, null],
    [{ 'datawrapper-height': { other: 500 } }, null],
    [{ 'datawrapper-height': { atlas: '500' } }, null],
    [{ 'datawrapper-height': { atlas: Number.NaN } }, null],
    [{ 'datawrapper-height': { atlas: Infinity } }, null],
    [{ 'datawrapper-height': { atlas: 500 } }, 500],
    [{ 'datawrapper-height': { atlas: 100 } }, 100],
    [{ 'datawrapper-height': { atlas: 99 } }, 100],
    [{ 'datawrapper-height': { atlas: 4000 } }, 4000],
    [{ 'datawrapper-height': { atlas: 4001 } }, 4000],
  ])('%j gives %s', (data, height) => {
    expect(heightFromMessage(data, 'atlas')).toBe(height);
  });
});
