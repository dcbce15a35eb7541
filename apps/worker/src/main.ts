import 'reflect-metadata';
import { loadConfig } from '@qcdc/shared/config';
import { bootstrapHttpApp } from '@qcdc/shared/subgraph';
import { WorkerAppModule } from './worker-app.module';

/** The worker: a thin shell around the queue processors and the outbox relay. */
const config = loadConfig('worker');
bootstrapHttpApp('worker', WorkerAppModule.forRoot(config), config).catch((error) => {
  console.error(error);
  process.exit(1);
});
