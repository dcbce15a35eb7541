import { TenantDb } from '@qcdc/shared/db';

/** The tenant transactions of the worker's reminders, on their own connection as `qcdc_reminders`. */
export class RemindersDb extends TenantDb {}
