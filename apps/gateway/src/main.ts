import 'reflect-metadata';
import { QUERY_LIMITS, loadConfig } from '@qcdc/shared/config';
import { bootstrapHttpApp } from '@qcdc/shared/subgraph';
import { GatewayAppModule } from './gateway-app.module';
import { OPERATIONS_SESSION_PATH, QUEUE_BOARD_PATH, queueBoard } from './queue-board';

/** The GraphQL gateway: one endpoint for the web app, composing the four subgraphs; and the operators' queue board. */
const config = loadConfig('gateway');
const operations = queueBoard(config);
bootstrapHttpApp('gateway', GatewayAppModule.forRoot(config), config, {
  maxBodyBytes: QUERY_LIMITS.bodyBytes,
  routes: (app) => {
    app.use(OPERATIONS_SESSION_PATH, operations.session);
    app.use(QUEUE_BOARD_PATH, operations.board);
    app.getHttpServer().on('close', () => void operations.close());
  },
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
