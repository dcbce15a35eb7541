import { badInput } from '@qcdc/shared/contracts';

/** Attendance as reports write it: present out of eligible ("15/16 đ/c dự", "45/48 lượt người dự"). */
export interface Attendance {
  present: number;
  eligible: number;
}

/** Reads the first "N/M" pair of a phrase such as "15/16 đ/c dự" or "có 45/48 lượt người dự". */
export function parseAttendance(text: string): Attendance | null {
  const m = /(\d{1,6})\s*\/\s*(\d{1,6})/.exec(text);
  return m ? { present: Number(m[1]), eligible: Number(m[2]) } : null;
}

export function assertAttendance(a: Attendance): void {
  if (!Number.isInteger(a.present) || !Number.isInteger(a.eligible) || a.present < 0 || a.eligible < 1) {
    throw badInput(
      'Số người dự và tổng số phải là số nguyên; tổng số ít nhất là 1.',
      'Present and eligible must be whole numbers; eligible at least 1.',
      { field: 'eligible' },
    );
  }
  if (a.present > a.eligible) {
    throw badInput(
      `Số người dự (${a.present}) không thể lớn hơn tổng số được triệu tập (${a.eligible}).`,
      `Present (${a.present}) cannot exceed eligible (${a.eligible}).`,
      { field: 'present' },
    );
  }
}

/** Counts keep the customary leading zero: "01 đ/c", "03 cuộc". */
export function customaryCount(n: number): string {
  return n < 10 && n >= 0 ? `0${n}` : String(n);
}

/** "15/16" */
export function attendanceText(a: Attendance): string {
  return `${a.present}/${a.eligible}`;
}

/** An activity is recorded after it happened: its date may not lie after today (in Vietnam). */
export function assertNotInFuture(occurredOn: string, today: string): void {
  if (occurredOn > today) {
    throw badInput(
      `Ngày ${occurredOn.split('-').reverse().join('/')} chưa đến. Chỉ ghi nhận hoạt động đã diễn ra.`,
      `${occurredOn} is in the future. Record activities once they have taken place.`,
      { field: 'occurredOn' },
    );
  }
}
