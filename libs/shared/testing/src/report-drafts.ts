/** Anything that runs a GraphQL operation and returns its data or throws: GatewayClient, a browser test's request. */
export interface GraphQLCaller {
  ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T>;
}

const HEADER_FIELDS = 'format issuerParent issuer number place issuedOn subject recipients signature { mode onBehalfOf title name }';

/** The signer the tests' reports carry. */
export const TEST_SIGNER = 'Nguyễn Văn Ký';

/**
 * Makes a unit's draft ready to submit, as the reporter would: a text in every section the template
 * requires and the signer's name in the header (the proposed header otherwise). Returns the draft version.
 */
export async function completeReportDraft(
  client: GraphQLCaller,
  token: string,
  unitId: string,
  periodId: string,
  prose: Record<string, string> = {},
): Promise<number> {
  const { reportPreview } = await client.ok<{
    reportPreview: {
      report: { version: number; status: string } | null;
      header: { signature: Record<string, unknown> } & Record<string, unknown>;
      template: { sections: { key: string; proseRequired: boolean }[] };
    };
  }>(
    `query($u: ID!, $p: ID!) { reportPreview(unitId: $u, periodId: $p) { report { version status } header { ${HEADER_FIELDS} } template { sections { key proseRequired } } } }`,
    { u: unitId, p: periodId },
    token,
  );
  const status = reportPreview.report?.status ?? 'DRAFT';
  if (status !== 'DRAFT' && status !== 'RETURNED') return reportPreview.report?.version ?? 0;
  const required = reportPreview.template.sections.filter((s) => s.proseRequired);
  const texts = { ...Object.fromEntries(required.map((s) => [s.key, `Nội dung mục ${s.key} do đơn vị viết.`])), ...prose };
  const header = { ...reportPreview.header, signature: { ...reportPreview.header.signature, name: TEST_SIGNER } };
  const { saveReportDraft } = await client.ok<{ saveReportDraft: { version: number } }>(
    `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { version } }`,
    { input: { unitId, periodId, expectedVersion: reportPreview.report?.version ?? 0, prose: texts, header } },
    token,
  );
  return saveReportDraft.version;
}

/** Completes the draft as the reporter and submits it as the head, as a unit does; returns the asked fields. */
export async function submitUnitReport<T = { id: string; status: string }>(
  client: GraphQLCaller,
  tokens: { reporter: string; head: string },
  unitId: string,
  periodId: string,
  fields = 'id status',
): Promise<T> {
  await completeReportDraft(client, tokens.reporter, unitId, periodId);
  const { submitReport } = await client.ok<{ submitReport: T }>(
    `mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${fields} } }`,
    { input: { unitId, periodId } },
    tokens.head,
  );
  return submitReport;
}
