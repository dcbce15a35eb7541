import { Processor } from '@nestjs/bullmq';
import { CountedWorkerHost } from '@qcdc/shared/relay';
import { Job } from 'bullmq';
import { DigestJob, EmailJob, REMINDER_JOBS, TickJob, UnitJob } from './reminder-jobs';
import { ReminderService } from './reminder.service';

/** Runs the reminders' jobs: a province's tick, a unit's milestone, a digest, one email. Errors are retried with backoff by BullMQ. */
export async function runReminderJob(service: ReminderService, job: Job): Promise<unknown> {
  switch (job.name) {
    case 'tick':
      return service.tick((job.data as TickJob).tenantId);
    case 'unit':
      return service.remindUnit(job.data as UnitJob);
    case 'digest':
      return service.digest(job.data as DigestJob);
    case 'email':
      return service.sendEmail(job.data as EmailJob, String(job.id));
    default:
      throw new Error(`unknown reminder job ${job.name}`);
  }
}

@Processor(REMINDER_JOBS, { concurrency: 4 })
export class ReminderJobsProcessor extends CountedWorkerHost {
  constructor(private readonly reminders: ReminderService) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return runReminderJob(this.reminders, job);
  }
}
