/** RFC 5987's attr-char: what may stand unencoded in `filename*`. */
const encodeAttr = (value: string) =>
  Array.from(new TextEncoder().encode(value))
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9!#$&+\-.^_`|~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

/** The name in plain ASCII for old clients: Vietnamese letters without their marks, anything else "_". */
const asciiName = (value: string) =>
  value
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7E]|["\\%]/g, '_');

/** `Content-Disposition` of a download: an attachment named in ASCII and, exactly, in UTF-8 (RFC 5987/6266). */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiName(fileName)}"; filename*=UTF-8''${encodeAttr(fileName.normalize('NFC'))}`;
}
