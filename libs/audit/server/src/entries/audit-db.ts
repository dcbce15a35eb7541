import { TenantDb } from '@qcdc/shared/db';

/** The tenant transactions of the audit consumer, on its own connection (a distinct token for injection). */
export class AuditDb extends TenantDb {}
