import { crc32, deflateSync } from 'node:zlib';
import type { Client } from 'pg';
import type { GraphQLErrorShape } from './gateway-client';

/**
 * Evidence files for tests: an activity to attach them to, tiny valid files, and the gateway's file routes as
 * the web app calls them.
 */

/**
 * A briefing of the unit on `occurredOn`, written as the owner (RLS does not apply to the superuser). Until
 * `recordActivity` exists this is how tests get an activity of any date; then it becomes that mutation.
 */
export async function insertActivity(
  owner: Client,
  a: { tenantId: string; unitId: string; occurredOn: string; recordedBy: string },
): Promise<string> {
  const facts = { topic: 'Hội nghị quán triệt', documents: null, sessions: 1, present: 15, eligible: 16, countUnit: 'đ/c' };
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO activities.activities (tenant_id, unit_id, kind, occurred_on, facts, figures, summary, recorded_by)
     VALUES ($1, $2, 'BRIEFING', $3, $4, $5, $6, $7) RETURNING id`,
    [a.tenantId, a.unitId, a.occurredOn, facts, { sessions: 1, present: 15, eligible: 16 }, '01 cuộc, có 15/16 đ/c dự', a.recordedBy],
  );
  return rows[0].id;
}

/** The smallest PDF a reader opens: one empty page. */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 PNG of one colour. */
export function tinyPng(rgb: [number, number, number] = [200, 30, 30]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, ...rgb]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface EvidenceFileShape {
  id: string;
  activityId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  downloadPath: string;
}

/** POST /evidence of the gateway, a multipart form as a browser sends it; the status and the JSON answer. */
export async function uploadEvidence(
  gatewayUrl: string,
  form: { activityId?: string; file?: { bytes: Buffer; name: string; type?: string } },
  token?: string | null,
): Promise<{ status: number; body: { file?: EvidenceFileShape; errors?: GraphQLErrorShape[] } }> {
  const data = new FormData();
  if (form.activityId !== undefined) data.append('activityId', form.activityId);
  if (form.file) data.append('file', new Blob([form.file.bytes], { type: form.file.type ?? 'application/octet-stream' }), form.file.name);
  const response = await fetch(new URL('/evidence', gatewayUrl), {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: data,
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** GET /evidence/<id> (a file's downloadPath) of the gateway: the status, the headers and the bytes. */
export async function downloadEvidence(
  gatewayUrl: string,
  path: string,
  token?: string | null,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(new URL(path, gatewayUrl), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
