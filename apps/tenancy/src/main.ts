import 'reflect-metadata';
import { loadConfig } from '@qcdc/shared/config';
import { SubgraphAppModule, bootstrapHttpApp } from '@qcdc/shared/subgraph';
import { TenancyModule } from '@qcdc/tenancy/server';

/** The tenancy subgraph: a thin shell around TenancyModule. */
const config = loadConfig('tenancy');
bootstrapHttpApp('tenancy', SubgraphAppModule.forRoot({ config, role: 'tenancy', feature: TenancyModule }), config).catch((error) => {
  console.error(error);
  process.exit(1);
});
