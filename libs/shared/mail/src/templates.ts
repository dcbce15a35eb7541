/**
 * The mails qcdc sends, as pure functions of what they say: a subject, a plain-text body (what most people's
 * mail programs show first, and what a screen reader reads) and a simple HTML twin. Vietnamese, in UTF-8.
 * Times are shown in Vietnam's time (UTC+7, no daylight saving), as the reader lives by it.
 */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface InvitationMail {
  displayName: string;
  provinceName: string;
  invitedBy: string;
  link: string;
  expiresAt: Date;
}

export interface PasswordResetMail {
  displayName: string;
  username: string;
  provinceName: string;
  link: string;
  expiresAt: Date;
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const two = (n: number) => String(n).padStart(2, '0');

/** "14:30 ngày 27/06/2026" in Vietnam's time. */
export function vietnamTime(at: Date): string {
  const t = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return `${two(t.getUTCHours())}:${two(t.getUTCMinutes())} ngày ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The HTML twin of a mail: its paragraphs, with one button-like link. */
function html(paragraphs: string[], link: { label: string; href: string }, after: string[]): string {
  const p = (s: string) => `<p style="margin:0 0 12px">${escapeHtml(s)}</p>`;
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    ...paragraphs.map(p),
    `<p style="margin:16px 0"><a href="${escapeHtml(link.href)}" style="background:#a31d1d;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p>`,
    `<p style="margin:0 0 12px;font-size:14px">${escapeHtml('Nếu nút trên không mở được, hãy chép địa chỉ sau vào trình duyệt:')}<br>${escapeHtml(link.href)}</p>`,
    ...after.map(p),
    '</body></html>',
  ].join('\n');
}

export function invitationMail(m: InvitationMail): MailContent {
  const until = vietnamTime(m.expiresAt);
  const intro = [
    `Kính gửi ${m.displayName},`,
    `${m.invitedBy} mời anh/chị sử dụng hệ thống theo dõi thực hiện Quy chế dân chủ ở cơ sở của ${m.provinceName}.`,
    'Để nhận lời mời, anh/chị mở liên kết dưới đây, chọn tên đăng nhập và đặt mật khẩu.',
  ];
  const after = [
    `Liên kết chỉ dùng được một lần và hết hạn lúc ${until} (giờ Việt Nam). Nếu liên kết đã hết hạn, anh/chị hãy đề nghị quản trị viên của tỉnh gửi lời mời mới.`,
    'Nếu anh/chị không chờ đợi thư này, xin bỏ qua: không có tài khoản nào được kích hoạt khi chưa mở liên kết.',
  ];
  return {
    subject: `Lời mời sử dụng hệ thống Quy chế dân chủ ở cơ sở – ${m.provinceName}`,
    text: [...intro, '', m.link, '', ...after].join('\n'),
    html: html(intro, { label: 'Nhận lời mời', href: m.link }, after),
  };
}

export function passwordResetMail(m: PasswordResetMail): MailContent {
  const until = vietnamTime(m.expiresAt);
  const intro = [
    `Kính gửi ${m.displayName},`,
    `Có yêu cầu đặt lại mật khẩu cho tài khoản "${m.username}" của ${m.provinceName}.`,
    'Để đặt mật khẩu mới, anh/chị mở liên kết dưới đây.',
  ];
  const after = [
    `Liên kết chỉ dùng được một lần và hết hạn lúc ${until} (giờ Việt Nam). Nếu liên kết đã hết hạn, hãy yêu cầu đặt lại mật khẩu một lần nữa.`,
    'Nếu anh/chị không yêu cầu việc này, xin bỏ qua thư: mật khẩu hiện tại vẫn dùng được.',
  ];
  return {
    subject: 'Đặt lại mật khẩu – hệ thống Quy chế dân chủ ở cơ sở',
    text: [...intro, '', m.link, '', ...after].join('\n'),
    html: html(intro, { label: 'Đặt mật khẩu mới', href: m.link }, after),
  };
}
