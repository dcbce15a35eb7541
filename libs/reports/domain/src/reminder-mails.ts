import { vietnameseDate } from '@qcdc/shared/contracts';

/**
 * The reminders' messages, as pure functions of what they say (the style of libs/shared/mail's templates): a
 * subject, a plain-text body, a simple HTML twin, and the short title and body of the in-app notification.
 * Vietnamese, dates in Vietnam's calendar (DD/MM/YYYY).
 */
export interface ReminderMessage {
  subject: string;
  text: string;
  html: string;
  /** The in-app notification's title and body (short: the bell's list). */
  title: string;
  body: string;
}

export interface ReminderPeriod {
  /** "Báo cáo năm 2026", "Báo cáo 6 tháng đầu năm 2026". */
  label: string;
  dueOn: string;
}

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function html(paragraphs: string[], list: string[] = []): string {
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    ...paragraphs.map((p) => `<p style="margin:0 0 12px">${escape(p)}</p>`),
    ...(list.length ? ['<ul>', ...list.map((l) => `<li>${escape(l)}</li>`), '</ul>'] : []),
    '</body></html>',
  ].join('\n');
}

/** "Báo cáo năm 2026" / "Báo cáo 6 tháng đầu năm 2026". */
export function reminderPeriodLabel(period: { year: number; kind: string }): string {
  return period.kind === 'SIX_MONTH' ? `Báo cáo 6 tháng đầu năm ${period.year}` : `Báo cáo năm ${period.year}`;
}

/** "còn 7 ngày", "hôm nay", "đã quá hạn 3 ngày". */
export function daysToDueText(offset: number): string {
  if (offset < 0) return `còn ${-offset} ngày nữa là đến hạn nộp`;
  if (offset === 0) return 'hôm nay là hạn nộp';
  return `đã quá hạn nộp ${offset} ngày`;
}

/** To a unit's reporters and head: the unit has not submitted yet. */
export function unitReminderMessage(m: { displayName: string; unitName: string; period: ReminderPeriod; offset: number; link: string }): ReminderMessage {
  const due = vietnameseDate(m.period.dueOn);
  const lines = [
    `Kính gửi ${m.displayName},`,
    `${m.unitName} chưa nộp ${m.period.label}: ${daysToDueText(m.offset)} (hạn nộp ${due}).`,
    `Đề nghị đơn vị hoàn thành và nộp báo cáo trên hệ thống: ${m.link}`,
    'Thư này được gửi tự động; nếu đơn vị đã nộp, xin bỏ qua.',
  ];
  return {
    subject: m.offset > 0 ? `[Quá hạn] ${m.unitName} chưa nộp ${m.period.label}` : `Nhắc nộp ${m.period.label} – hạn ${due}`,
    text: lines.join('\n'),
    html: html(lines),
    title: m.offset > 0 ? `Quá hạn: ${m.period.label}` : `Nhắc nộp ${m.period.label}`,
    body: `${m.unitName} chưa nộp báo cáo: ${daysToDueText(m.offset)} (hạn ${due}).`,
  };
}

/** To the reviewers of the unit's bloc, after the due date. */
export function escalationMessage(m: { displayName: string; unitName: string; unitCode: string; blocName: string; period: ReminderPeriod; offset: number }): ReminderMessage {
  const due = vietnameseDate(m.period.dueOn);
  const lines = [
    `Kính gửi ${m.displayName},`,
    `Đơn vị ${m.unitName} (${m.unitCode}) thuộc ${m.blocName} ${daysToDueText(m.offset)} ${m.period.label} (hạn ${due}) mà chưa nộp.`,
    'Đề nghị khối đôn đốc đơn vị hoàn thành báo cáo.',
  ];
  return {
    subject: `[Quá hạn] ${m.unitName} chưa nộp ${m.period.label}`,
    text: lines.join('\n'),
    html: html(lines),
    title: `Đơn vị quá hạn: ${m.unitName}`,
    body: `${m.unitName} (${m.unitCode}) chưa nộp ${m.period.label}, ${daysToDueText(m.offset)}.`,
  };
}

export interface DigestUnit {
  code: string;
  name: string;
  blocName: string | null;
}

/** To the committee, every day after the due date: who has not submitted, and who cannot be reached by email. */
export function committeeDigestMessage(m: {
  displayName: string;
  period: ReminderPeriod;
  day: string;
  notSubmitted: readonly DigestUnit[];
  withoutEmail: readonly DigestUnit[];
}): ReminderMessage {
  const unit = (u: DigestUnit) => `${u.code} – ${u.name}${u.blocName ? ` (${u.blocName})` : ''}`;
  const due = vietnameseDate(m.period.dueOn);
  const intro = [
    `Kính gửi ${m.displayName},`,
    `Tổng hợp ngày ${vietnameseDate(m.day)} về ${m.period.label} (hạn nộp ${due}): ${m.notSubmitted.length} đơn vị chưa nộp.`,
  ];
  const noEmail = m.withoutEmail.length
    ? [`${m.withoutEmail.length} đơn vị không có địa chỉ thư điện tử nên không nhận được thư nhắc:`, ...m.withoutEmail.map((u) => `- ${unit(u)}`)]
    : ['Mọi đơn vị chưa nộp đều có địa chỉ thư điện tử để nhận thư nhắc.'];
  const text = [...intro, '', 'Đơn vị chưa nộp:', ...m.notSubmitted.map((u) => `- ${unit(u)}`), '', ...noEmail].join('\n');
  return {
    subject: `Tổng hợp ${vietnameseDate(m.day)}: ${m.notSubmitted.length} đơn vị chưa nộp ${m.period.label}`,
    text,
    html: [
      html(intro, m.notSubmitted.map(unit)).replace('</body></html>', ''),
      `<p style="margin:0 0 12px">${escape(noEmail[0])}</p>`,
      m.withoutEmail.length ? `<ul>${m.withoutEmail.map((u) => `<li>${escape(unit(u))}</li>`).join('')}</ul>` : '',
      '</body></html>',
    ].join('\n'),
    title: `Tổng hợp ${vietnameseDate(m.day)}: ${m.notSubmitted.length} đơn vị chưa nộp`,
    body: `${m.period.label}: ${m.notSubmitted.length} đơn vị chưa nộp, ${m.withoutEmail.length} đơn vị không có thư điện tử.`,
  };
}
