import 'reflect-metadata';
import { loadConfig } from '@qcdc/shared/config';
import { SubgraphAppModule, bootstrapHttpApp } from '@qcdc/shared/subgraph';
import { ScoringModule } from '@qcdc/scoring/server';

/** The scoring subgraph: a thin shell around ScoringModule. */
const config = loadConfig('scoring');
bootstrapHttpApp('scoring', SubgraphAppModule.forRoot({ config, role: 'scoring', feature: ScoringModule }), config).catch((error) => {
  console.error(error);
  process.exit(1);
});
