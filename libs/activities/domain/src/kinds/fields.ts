import { z } from 'zod';
import { type FieldLabel, field } from '@qcdc/shared/contracts';
import { COUNT_UNITS, COUNT_UNIT_NAMES, type CountUnit, customaryCount } from '../attendance';
import { ACTIVITY_TEXT_LIMITS } from '../limits';

// The facts' fields several kinds share, built from the blocks every input uses.

/** Head counts as reports write them; a commune's meeting may count thousands. */
export const HEAD_COUNT_MAX = 1_000_000;

export const subject = (label: FieldLabel) => field.text(label, { max: ACTIVITY_TEXT_LIMITS.subject });
export const notes = (label: FieldLabel) => field.optionalText(label, { max: ACTIVITY_TEXT_LIMITS.notes, multiline: true });

/** A yes-or-no fact (closed, passed, in the unit's jurisdiction). */
export const flag = (label: FieldLabel) => z.boolean({ error: `Vui lòng chọn ${label.vi}.` });

export const attendanceFields = {
  present: field.int({ vi: 'số người dự', en: 'the number present' }, { min: 0, max: HEAD_COUNT_MAX }),
  eligible: field.int({ vi: 'tổng số được triệu tập', en: 'the number eligible' }, { min: 1, max: HEAD_COUNT_MAX }),
  /** Absent on briefings recorded before it was asked: their summary says "người". */
  countUnit: field
    .oneOf({ vi: 'đơn vị tính', en: 'the unit of count' }, COUNT_UNITS)
    .nullish()
    .transform((value) => value ?? null),
};

/** "45/48 lượt người dự", "08/09 đ/c dự" */
export function attendedText(a: { present: number; eligible: number; countUnit: CountUnit | null }): string {
  const unit = a.countUnit ? COUNT_UNIT_NAMES[a.countUnit].vi : 'người';
  return `${customaryCount(a.present)}/${customaryCount(a.eligible)} ${unit} dự`;
}
