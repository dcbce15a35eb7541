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
  const [pdf] = await convertDocxesToPdf([docx], options);
  return pdf;
}

/**
 * Several DOCX to PDF in one LibreOffice run: its start-up (about two seconds) is paid once for the lot, so
 * five documents take about as long as one. The PDFs come back in the order of the documents.
 */
export async function convertDocxesToPdf(docxes: readonly Buffer[], options: PdfOptions = {}): Promise<Buffer[]> {
  if (docxes.length === 0) return [];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qcdc-pdf-'));
  try {
    const inputs = docxes.map((_, i) => path.join(dir, `document-${i}.docx`));
    await Promise.all(docxes.map((docx, i) => fs.writeFile(inputs[i], docx)));
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...inputs,
    ];
    await runSoffice(options.soffice ?? 'soffice', args, options.timeoutMs ?? 60_000);
    return await Promise.all(
      inputs.map(async (_, i) => {
        try {
          return await fs.readFile(path.join(dir, `document-${i}.pdf`));
        } catch {
          throw new PdfConversionError('LibreOffice finished without writing the PDF (is the DOCX valid?)');
        }
      }),
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * Conversions asked for at the same time share one LibreOffice run: the first waits `gatherMs` for others to
 * join; while a run is going, new documents wait and the next run takes all of them (at most `batchSize`). A run that fails fails each of its documents,
 * which their callers retry. One per process (the worker's documents consumer).
 */
export class PdfConverter {
  private waiting: { docx: Buffer; resolve: (pdf: Buffer) => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  constructor(private readonly options: PdfOptions & { batchSize?: number; gatherMs?: number } = {}) {}

  convert(docx: Buffer): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      this.waiting.push({ docx, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await new Promise((resolve) => setTimeout(resolve, this.options.gatherMs ?? 50));
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.options.batchSize ?? 8);
        try {
          const pdfs = await convertDocxesToPdf(
            batch.map((b) => b.docx),
            this.options,
          );
          batch.forEach((b, i) => b.resolve(pdfs[i]));
        } catch (error) {
          batch.forEach((b) => b.reject(error));
        }
      }
    } finally {
      this.running = false;
    }
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
