// The documents behind the outbox's operations, and the queries each one changes. Static, not registered by
// the screens: after a reload the outbox sends before any screen has been opened.
import {
  RecordBriefingDocument,
  SaveSelfAssessmentDocument,
  ActivitiesDocument,
  ReportDocument,
  SelfAssessmentFormDocument,
  type TypedDocumentString,
} from '../../gql/graphql';
import type { OutboxOperation } from './outbox-entry';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document, whatever its types
type AnyDocument = TypedDocumentString<any, any>;

export const OUTBOX_DOCUMENTS: Record<OutboxOperation, { document: AnyDocument; invalidates: AnyDocument[] }> = {
  RecordBriefing: { document: RecordBriefingDocument, invalidates: [ActivitiesDocument] },
  SaveSelfAssessment: { document: SaveSelfAssessmentDocument, invalidates: [ReportDocument, SelfAssessmentFormDocument] },
};
