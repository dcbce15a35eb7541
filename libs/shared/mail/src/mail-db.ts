import { TenantDb } from '@qcdc/shared/db';

/** Name of the worker's connection as `qcdc_mail`, the only role that may read and add to `mail.deliveries`. */
export const MAIL_CONNECTION = 'mail';

/** The tenant transactions of the mail consumer, on its own connection (a distinct token for injection). */
export class MailDb extends TenantDb {}
