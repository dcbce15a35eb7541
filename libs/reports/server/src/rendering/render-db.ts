import { TenantDb } from '@qcdc/shared/db';

/** The tenant transactions of the worker's `documents` consumer, on its own connection as `qcdc_reports`. */
export class RenderDb extends TenantDb {}
