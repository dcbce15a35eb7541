// Reading a rendered document back as text, for tests: DOCX with mammoth, PDF with `pdftotext -layout`
// (poppler-utils), and the raw XML parts of a DOCX (page set-up, fonts) with JSZip.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** The DOCX's text, paragraphs separated by blank lines (tables included, cell by cell). */
export async function docxText(docx: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: docx });
  return value.normalize('NFC');
}

/** One XML part of a DOCX ("word/document.xml", "word/header1.xml", ...). */
export async function docxPart(docx: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  if (!file) throw new Error(`the DOCX has no ${part}; parts: ${Object.keys(zip.files).join(', ')}`);
  return file.async('string');
}

/** The PDF's text as `pdftotext -layout` reads it. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qcdc-pdftext-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await fs.writeFile(file, pdf);
    const text = await new Promise<string>((resolve, reject) =>
      execFile('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout) =>
        err ? reject(new Error(`pdftotext failed (install poppler-utils?): ${err.message}`)) : resolve(stdout),
      ),
    );
    return text.normalize('NFC');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
