import 'reflect-metadata';
import { loadConfig } from '@qcdc/shared/config';
import { SubgraphAppModule, bootstrapHttpApp } from '@qcdc/shared/subgraph';
import { ReportsModule } from '@qcdc/reports/server';

/** The reports subgraph: a thin shell around ReportsModule. */
const config = loadConfig('reports');
bootstrapHttpApp('reports', SubgraphAppModule.forRoot({ config, role: 'reports', feature: ReportsModule }), config).catch((error) => {
  console.error(error);
  process.exit(1);
});
