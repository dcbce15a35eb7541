import { type DocumentBlock, type OfficialDocument, FORMAT_RULES, numberLine, placeAndDate, recipientLine, signatureLines } from '@qcdc/reports/domain';

/**
 * An official document as a readable A4-like page: the header's two blocks (issuer left; the national name or
 * the Party right), number and place-date, "BÁO CÁO" and its subject, the body, then "Nơi nhận" and the
 * signature. It is in Vietnamese whatever the app's language: it is the document itself.
 */
export function DocumentPage({ document: doc }: { document: OfficialDocument }) {
  const rules = FORMAT_RULES[doc.format];
  const signature = signatureLines(doc);
  return (
    <article className="doc-page" lang="vi" data-testid="document-page" data-format={doc.format}>
      <div className="doc-header">
        <div className="doc-header-left">
          {doc.issuerParent && <div data-testid="doc-issuer-parent">{doc.issuerParent.toLocaleUpperCase('vi')}</div>}
          <div className="doc-strong" data-testid="doc-issuer">
            {doc.issuer.toLocaleUpperCase('vi')}
          </div>
          <div className="doc-mark">{doc.format === 'PARTY' ? '*' : '———'}</div>
          <div data-testid="doc-number">{numberLine(doc.format, doc.number)}</div>
        </div>
        <div className="doc-header-right">
          <div className={doc.format === 'PARTY' ? 'doc-strong doc-underline' : 'doc-strong'}>{rules.headerRight}</div>
          {rules.motto && <div className="doc-strong doc-underline">{rules.motto}</div>}
          <div className="doc-italic" data-testid="doc-place-date">
            {placeAndDate(doc.place, doc.issuedOn)}
          </div>
        </div>
      </div>
      <h2 className="doc-kind">{doc.documentKind}</h2>
      <p className="doc-subject" data-testid="doc-subject">
        {doc.subject}
      </p>
      <div className="doc-body" data-testid="doc-body">
        {doc.body.map((block, i) => (
          <Block key={i} block={block} />
        ))}
      </div>
      <div className="doc-closing">
        <div className="doc-recipients" data-testid="doc-recipients">
          <div className="doc-strong doc-italic">Nơi nhận:</div>
          {doc.recipients.map((r, i) => (
            <div key={i}>{recipientLine(r)}</div>
          ))}
        </div>
        <div className="doc-signature" data-testid="doc-signature">
          {signature.above.map((line, i) => (
            <div key={i} className="doc-strong">
              {line}
            </div>
          ))}
          <div className="doc-sign-space" />
          <div className="doc-strong">{signature.name}</div>
        </div>
      </div>
    </article>
  );
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'heading':
      return <p className={`doc-heading doc-heading-${block.level}`}>{block.text}</p>;
    case 'paragraph':
      return <p className="doc-paragraph">{block.text}</p>;
    case 'bullet':
      return <p className="doc-bullet">- {block.text}</p>;
    case 'table':
      return (
        <table className="doc-table">
          <thead>
            <tr>
              {block.header.map((cell, i) => (
                <th key={i}>{cell}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

