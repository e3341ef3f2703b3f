import { describe, expect, it } from 'vitest';
import { hashId } from '../../src/lib/hash';

describe('hashId', () => {
  it('decodes the id a hash names', () => {
    expect(hashId('#2024-04-04-computers-rule')).toBe('2024-04-04-computers-rule');
    expect(hashId('#%E5%AD%B8%E7%BF%92')).toBe('學習');
  });
  it('is undefined for an empty or malformed hash, without throwing', () => {
    expect(hashId('')).toBeUndefined();
    expect(hashId('#')).toBeUndefined();
    expect(hashId('#%E0%A4%A')).toBeUndefined();
  });
});
