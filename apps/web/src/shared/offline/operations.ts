// The documents behind the outbox's operations, and the queries each one changes. Static, not registered by
// the screens: after a reload the outbox sends before any screen has been opened.
import {
  ActivityLogDocument,
  RecordActivityDocument,
  ReportDocument,
  SaveSelfAssessmentDocument,
  ScoringSheetDocument,
  type TypedDocumentString,
} from '../../gql/graphql';
import type { OutboxOperation } from './outbox-entry';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document, whatever its types
type AnyDocument = TypedDocumentString<any, any>;

export const OUTBOX_DOCUMENTS: Record<OutboxOperation, { document: AnyDocument; invalidates: AnyDocument[] }> = {
  // The scoring sheet counts the activities: its suggestions and flags change with them.
  RecordActivity: { document: RecordActivityDocument, invalidates: [ActivityLogDocument, ScoringSheetDocument] },
  SaveSelfAssessment: { document: SaveSelfAssessmentDocument, invalidates: [ReportDocument] },
};
