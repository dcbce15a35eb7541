import { escapeHtml, invitationMail, passwordResetMail, vietnamTime } from './templates';

const expiresAt = new Date('2026-06-27T02:00:00Z');

describe('the mails', () => {
  it('show times in Vietnam (UTC+7), across midnight too', () => {
    expect(vietnamTime(expiresAt)).toBe('09:00 ngày 27/06/2026');
    expect(vietnamTime(new Date('2026-12-31T18:30:00Z'))).toBe('01:30 ngày 01/01/2027');
  });

  it('invite with the link, its expiry and what to do when it has expired, in Vietnamese', () => {
    const mail = invitationMail({
      displayName: 'Nguyễn Thị Hoà',
      provinceName: 'Tỉnh Vĩnh Long',
      invitedBy: 'Trần Văn Quản',
      link: 'https://qcdc.example.vn/moi/abc',
      expiresAt,
    });
    expect(mail.subject).toBe('Lời mời sử dụng hệ thống Quy chế dân chủ ở cơ sở – Tỉnh Vĩnh Long');
    expect(mail.text).toContain('Kính gửi Nguyễn Thị Hoà,');
    expect(mail.text).toContain('\nhttps://qcdc.example.vn/moi/abc\n');
    expect(mail.text).toContain('hết hạn lúc 09:00 ngày 27/06/2026');
    expect(mail.text).toContain('đề nghị quản trị viên của tỉnh gửi lời mời mới');
    expect(mail.html).toContain('href="https://qcdc.example.vn/moi/abc"');
    expect(mail.html).toContain('<meta charset="utf-8">');
  });

  it('escape what people typed in the HTML twin', () => {
    const mail = passwordResetMail({
      displayName: '<b>Lê</b> & "Hà"',
      username: 'le.ha',
      provinceName: 'Tỉnh Vĩnh Long',
      link: 'https://qcdc.example.vn/dat-lai-mat-khau/x?a=1&b=2',
      expiresAt,
    });
    expect(mail.html).toContain('&lt;b&gt;Lê&lt;/b&gt; &amp; &quot;Hà&quot;');
    expect(mail.html).not.toContain('<b>Lê</b>');
    expect(mail.html).toContain('href="https://qcdc.example.vn/dat-lai-mat-khau/x?a=1&amp;b=2"');
    expect(mail.text).toContain('tài khoản "le.ha"');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});
