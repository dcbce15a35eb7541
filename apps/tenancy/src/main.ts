import 'reflect-metadata';
import { loadConfig } from '@qcdc/shared/config';
import { SubgraphAppModule, bootstrapHttpApp } from '@qcdc/shared/subgraph';
import { TenancyFeaturesModule } from './tenancy-features.module';

/** The tenancy subgraph: a thin shell around TenancyModule and the audit log's query. */
const config = loadConfig('tenancy');
bootstrapHttpApp('tenancy', SubgraphAppModule.forRoot({ config, role: 'tenancy', feature: TenancyFeaturesModule }), config).catch(
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
