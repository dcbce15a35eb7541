import 'reflect-metadata';
import { loadConfig } from '@qcdc/shared/config';
import { SubgraphAppModule, bootstrapHttpApp } from '@qcdc/shared/subgraph';
import { ActivitiesModule } from '@qcdc/activities/server';

/** The activities subgraph: a thin shell around ActivitiesModule. */
const config = loadConfig('activities');
bootstrapHttpApp('activities', SubgraphAppModule.forRoot({ config, role: 'activities', feature: ActivitiesModule }), config).catch((error) => {
  console.error(error);
  process.exit(1);
});
