/**
 * The type a file's content shows, or undefined: file-type reads the magic numbers and, for DOCX, XLSX and
 * ODT, the archive's entries. Never the name nor the browser's word.
 */
export async function sniffedContentType(bytes: Buffer): Promise<string | undefined> {
  const { fileTypeFromBuffer } = await import('file-type');
  return (await fileTypeFromBuffer(bytes))?.mime;
}
