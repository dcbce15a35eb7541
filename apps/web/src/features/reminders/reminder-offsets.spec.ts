import { describe, expect, it } from '@jest/globals';
import { parseOffsets } from './reminder-offsets';

describe('the schedule form’s milestones', () => {
  it('reads whole days, signed, comma separated', () => {
    expect(parseOffsets('-14, -7,-3 , 0, +3')).toEqual([-14, -7, -3, 0, 3]);
    expect(parseOffsets('')).toEqual([]);
  });

  it('refuses anything else before sending', () => {
    expect(parseOffsets('-7; 0')).toBeNull();
    expect(parseOffsets('-1.5')).toBeNull();
    expect(parseOffsets('bảy')).toBeNull();
  });
});
