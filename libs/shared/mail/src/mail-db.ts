import { TenantDb } from '@qcdc/shared/db';

/** The tenant transactions of the mail consumer, on its own connection (a distinct token for injection). */
export class MailDb extends TenantDb {}
