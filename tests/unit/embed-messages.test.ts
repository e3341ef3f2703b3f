import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ampMessage, datawrapperMessage, heightFromMessage, isMeasureRequest, MEASURE_REQUEST, pymMessage } from '../../src/lib/embed/messages';

describe('embed height messages', () => {
  it('round-trips each shape', () => {
    expect(heightFromMessage(pymMessage('chart-x-1', 640))).toBe(640);
    expect(heightFromMessage(datawrapperMessage('ratchet', 512))).toBe(512);
    expect(heightFromMessage(ampMessage(333.2))).toBe(334);
  });

  it('writes the shapes newsroom scripts expect', () => {
    expect(pymMessage('abc', 300)).toBe('pymxPYMxabcxPYMxheightxPYMx300');
    expect(datawrapperMessage('ratchet', 300)).toEqual({ 'datawrapper-height': { ratchet: 300 } });
    expect(ampMessage(300)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 300 });
  });

  it.each([
    ['a number', 640],
    ['NaN', { 'datawrapper-height': { a: Number.NaN } }],
    ['Infinity', ampMessage(Number.POSITIVE_INFINITY)],
    ['too small', ampMessage(10)],
    ['too large', datawrapperMessage('a', 1e9)],
    ['a string height', { 'datawrapper-height': { a: '500' } }],
    ['two charts at once', { 'datawrapper-height': { a: 300, b: 400 } }],
    ['another pym message type', 'pymxPYMxabcxPYMxnavigateToxPYMxhttps://evil.example'],
    ['a pym height with junk', 'pymxPYMxabcxPYMxheightxPYMx300;alert(1)'],
    ['null', null],
    ['an unrelated object', { type: 'resize', height: 400 }],
  ])('ignores %s', (_name, data) => {
    expect(heightFromMessage(data)).toBeUndefined();
  });

  it('answers our loader and a pym.js parent asking this child, nothing else', () => {
    expect(isMeasureRequest(MEASURE_REQUEST, null)).toBe(true);
    expect(isMeasureRequest('pymxPYMxpym-ratchetxPYMxwidthxPYMx640', 'pym-ratchet')).toBe(true);
    expect(isMeasureRequest('pymxPYMxotherxPYMxwidthxPYMx640', 'pym-ratchet')).toBe(false);
    expect(isMeasureRequest('pymxPYMxpym-ratchetxPYMxwidthxPYMx640', null)).toBe(false);
    expect(isMeasureRequest({ measure: true }, 'x')).toBe(false);
  });

  it('public/embed.js asks with the same request the embed answers', () => {
    expect(readFileSync('public/embed.js', 'utf8')).toContain(`'${MEASURE_REQUEST}'`);
  });

  it('keeps public/embed.js under 2 kB gzipped', () => {
    expect(gzipSync(readFileSync('public/embed.js')).length).toBeLessThan(2048);
  });
});
