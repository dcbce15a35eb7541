import { ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';

/** GET a URL once; resolves with the status code, or 0 when nothing answers. */
export function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

/** Polls a health endpoint until it answers `status` (200 by default); never a fixed sleep. */
export async function waitForStatus(url: string, status = 200, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await httpStatus(url)) !== status) {
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * One of qcdc's processes, for tests that kill it on purpose. Started from its source (compiled as it loads),
 * so a medium test needs no build; the e2e and browser stacks run the builds instead.
 */
export class AppProcess {
  private child: ChildProcess | null = null;
  private output = '';

  constructor(
    readonly app: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  start(): void {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${this.app}/src/main.ts`], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
  }

  /** The last output, for a failing test's message. */
  log(): string {
    return this.output;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}
