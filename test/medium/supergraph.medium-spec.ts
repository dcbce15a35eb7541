import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE, composeSupergraph } from '../../tools/supergraph/compose';

/**
 * The gateway serves the supergraph committed in apps/gateway; it must be exactly what the subgraphs'
 * code composes to today. When this fails: npm run compose:supergraph, review the diff, commit it.
 */
describe('the committed supergraph', () => {
  it('matches the composition of the four subgraphs', async () => {
    const committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
    const composed = await composeSupergraph();
    expect(committed).toBe(composed);
  }, 60_000);
});
