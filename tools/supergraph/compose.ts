/**
 * Composes the supergraph from the four subgraphs' code-first schemas (no servers started) and writes
 * apps/gateway/supergraph.graphql. Usage: npm run compose:supergraph. Needs a migrated database: the
 * subgraph modules connect while they build their schemas. A test fails when the committed file drifts.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, SubgraphName } from '@qcdc/shared/config';

/** The URLs written into the supergraph; the gateway replaces them with its configured ones. */
const DEFAULT_URLS: Record<SubgraphName, string> = {
  tenancy: 'http://127.0.0.1:4001/graphql',
  activities: 'http://127.0.0.1:4002/graphql',
  scoring: 'http://127.0.0.1:4003/graphql',
  reports: 'http://127.0.0.1:4004/graphql',
};

export const SUPERGRAPH_FILE = 'apps/gateway/supergraph.graphql';

export async function printSubgraph(name: SubgraphName): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'tools/supergraph/print-subgraph.ts', name],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}

export async function composeSupergraph(): Promise<string> {
  const sdls = await Promise.all(SUBGRAPHS.map((name) => printSubgraph(name)));
  const result = composeServices(
    SUBGRAPHS.map((name, i) => ({ name, url: DEFAULT_URLS[name], typeDefs: parse(sdls[i]) })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    const errors = (result.errors ?? []).map((e) => `- ${e.message}`).join('\n');
    throw new Error(`the subgraphs do not compose:\n${errors}`);
  }
  return result.supergraphSdl;
}

if (require.main === module) {
  composeSupergraph()
    .then((sdl) => {
      writeFileSync(SUPERGRAPH_FILE, sdl);
      console.log(`wrote ${SUPERGRAPH_FILE}`);
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
