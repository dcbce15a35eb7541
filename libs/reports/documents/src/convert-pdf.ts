// DOCX → PDF with LibreOffice headless. Each call gets its own temporary directory and its own LibreOffice
// profile (-env:UserInstallation), so conversions running at the same time do not share a lock.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PdfOptions {
  /** The soffice binary; `soffice` on the PATH by default. */
  soffice?: string;
  /** Killed after this long; 60 s by default. */
  timeoutMs?: number;
}

export class PdfConversionError extends Error {
  override name = 'PdfConversionError';
}

const MISSING =
  'LibreOffice (soffice) is not installed: install libreoffice-writer-nogui (apt-get install -y libreoffice-writer-nogui) ' +
  '/ Chưa cài LibreOffice (soffice): hãy cài gói libreoffice-writer-nogui.';

/** Converts the bytes of a .docx file to the bytes of a PDF. */
export async function convertDocxToPdf(docx: Buffer, options: PdfOptions = {}): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qcdc-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    await fs.writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ];
    await runSoffice(options.soffice ?? 'soffice', args, options.timeoutMs ?? 60_000);
    try {
      return await fs.readFile(path.join(dir, 'document.pdf'));
    } catch {
      throw new PdfConversionError('LibreOffice finished without writing the PDF (is the DOCX valid?)');
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function runSoffice(bin: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      // soffice starts a child (soffice.bin): end the whole group it leads.
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
      reject(new PdfConversionError(`LibreOffice did not convert the document within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new PdfConversionError(err.code === 'ENOENT' ? MISSING : `cannot start ${bin}: ${err.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new PdfConversionError(`LibreOffice failed (${signal ?? `exit ${code}`}): ${output.trim().slice(-500)}`));
    });
  });
}
