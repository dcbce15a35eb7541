import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConnectionOptions, Job, Queue, Worker } from 'bullmq';
import { ClsServiceManager } from 'nestjs-cls';
import { AppConfig, APP_CONFIG, redisConnection } from '@qcdc/shared/config';
import { Caller } from '@qcdc/shared/contracts';

/** The BullMQ queue of imports, in the tenancy process (the service that owns the data writes it, as its role). */
export const IMPORT_QUEUE = 'imports';

export type ImportJobKind = 'check' | 'apply';

export interface ImportJobData {
  kind: ImportJobKind;
  tenantId: string;
  importId: string;
  /** Who asked (the apply's audit entries name them). */
  caller: Caller;
}

export interface ImportJobProgress {
  done: number;
  total: number;
}

export type ReportProgress = (progress: ImportJobProgress) => Promise<void>;

const connectionOf = (redisUrl: string): ConnectionOptions => ({ ...redisConnection(redisUrl), maxRetriesPerRequest: null });

/** Adds the jobs of imports and reads their progress. */
@Injectable()
export class ImportQueue implements OnApplicationShutdown {
  private readonly queue: Queue<ImportJobData>;

  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {
    this.queue = new Queue<ImportJobData>(IMPORT_QUEUE, { prefix: config.queuePrefix, connection: connectionOf(config.redisUrl) });
  }

  /** One job per import and kind (a repeated request adds nothing). */
  async add(data: ImportJobData): Promise<void> {
    await this.queue.add(data.kind, data, { jobId: `${data.kind}.${data.importId}`, attempts: 1, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 } });
  }

  /** The job's progress, or null when it has not reported any (or is gone). */
  async progress(kind: ImportJobKind, importId: string): Promise<ImportJobProgress | null> {
    const job = await this.queue.getJob(`${kind}.${importId}`);
    const progress = job?.progress as Partial<ImportJobProgress> | undefined;
    return typeof progress?.done === 'number' && typeof progress.total === 'number' ? { done: progress.done, total: progress.total } : null;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}

/** What runs a job: the import service's dry run or apply. */
export const IMPORT_RUNNER = Symbol('IMPORT_RUNNER');
export interface ImportRunner {
  run(data: ImportJobData, progress: ReportProgress): Promise<void>;
}

/** The worker of the imports queue, one job at a time per process (an apply holds one connection for its transaction). */
@Injectable()
export class ImportWorker implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ImportWorker');
  private worker: Worker<ImportJobData> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(IMPORT_RUNNER) private readonly runner: ImportRunner,
  ) {}

  onModuleInit(): void {
    this.worker = new Worker<ImportJobData>(
      IMPORT_QUEUE,
      (job: Job<ImportJobData>) =>
        // Each job in a context of its own, as a request has: the transaction and its tenant live there.
        ClsServiceManager.getClsService().run(() => this.runner.run(job.data, (progress) => job.updateProgress({ ...progress }))),
      { prefix: this.config.queuePrefix, connection: connectionOf(this.config.redisUrl), concurrency: 1 },
    );
    this.worker.on('failed', (job, error) => this.logger.error(`import job ${job?.id} failed: ${error.message}`, error.stack));
    this.worker.on('error', (error) => this.logger.warn(`import worker: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
