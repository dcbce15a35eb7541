import { describe, expect, it } from '@jest/globals';
import { assertAttendance } from '@qcdc/activities/domain';
import { normaliseUsername } from '@qcdc/tenancy/domain';
import { passes, refusalOf } from './rules';

describe('refusalOf', () => {
  it('is null when the domain rule passes', () => {
    expect(refusalOf(() => assertAttendance({ present: 15, eligible: 16 }))).toBeNull();
    expect(passes(() => normaliseUsername('nguyen.van.a'))).toBe(true);
  });
  it("carries the rule's own words in both languages and the field it names", () => {
    expect(refusalOf(() => assertAttendance({ present: 17, eligible: 16 }))).toEqual({
      messages: {
        vi: 'Số người dự (17) không thể lớn hơn tổng số được triệu tập (16).',
        en: 'Present (17) cannot exceed eligible (16).',
      },
      field: 'present',
    });
  });
  it('lets anything but a domain refusal through', () => {
    expect(() =>
      refusalOf(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
  });
});
