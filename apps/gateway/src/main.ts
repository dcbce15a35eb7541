import 'reflect-metadata';
import { QUERY_LIMITS, loadConfig } from '@qcdc/shared/config';
import { bootstrapHttpApp } from '@qcdc/shared/subgraph';
import { GatewayAppModule } from './gateway-app.module';

/** The GraphQL gateway: one endpoint for the web app, composing the four subgraphs. */
const config = loadConfig('gateway');
bootstrapHttpApp('gateway', GatewayAppModule.forRoot(config), config, { maxBodyBytes: QUERY_LIMITS.bodyBytes }).catch((error) => {
  console.error(error);
  process.exit(1);
});
