/**
 * Prints one subgraph's SDL to stdout, built in process from its code-first module. One process per
 * subgraph: code-first type metadata is global to a process, and two subgraphs may both declare a stub of
 * the same entity (OrgUnit). Usage: node -r @swc-node/register tools/supergraph/print-subgraph.ts tenancy
 */
import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { SUBGRAPHS, SubgraphName, loadConfig } from '@qcdc/shared/config';
import { SubgraphAppModule } from '@qcdc/shared/subgraph';

async function feature(name: SubgraphName): Promise<Type> {
  switch (name) {
    case 'tenancy': {
      // The tenancy process mounts more than one lib's module: its shell is the one list of them.
      const shell = '../../apps/tenancy/src/tenancy-features.module';
      return ((await import(shell)) as { TenancyFeaturesModule: Type }).TenancyFeaturesModule;
    }
    case 'activities':
      return (await import('@qcdc/activities/server')).ActivitiesModule;
    case 'scoring':
      return (await import('@qcdc/scoring/server')).ScoringModule;
    case 'reports':
      return (await import('@qcdc/reports/server')).ReportsModule;
  }
}

async function main(name: string): Promise<void> {
  if (!SUBGRAPHS.includes(name as SubgraphName)) throw new Error(`unknown subgraph "${name}"`);
  const config = loadConfig(name as SubgraphName);
  const app = await NestFactory.create(
    SubgraphAppModule.forRoot({ config, role: name as SubgraphName, feature: await feature(name as SubgraphName) }),
    { logger: ['error'] },
  );
  try {
    await app.init();
    process.stdout.write(printSubgraphSchema(app.get(GraphQLSchemaHost).schema));
  } finally {
    await app.close();
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
