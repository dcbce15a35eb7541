// The header and template section types as the contract names them (ReportHeader, ReportHeaderInput,
// ReportTemplateSection …), which the unit reports' graphql-types.ts defines too on the lead's branch. When
// both are merged, keep one copy: delete this file and import these names from '../graphql-types'.
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { DOCUMENT_FORMATS, DocumentFormat, SIGNING_MODES, SigningMode } from '@qcdc/reports/domain';

export const DocumentFormatEnum = enumObject(DOCUMENT_FORMATS);
registerEnumType(DocumentFormatEnum, { name: 'DocumentFormat', description: 'PARTY: Guidance 36-HD/VPTW; STATE: Decree 30/2020/NĐ-CP' });
export const SigningModeEnum = enumObject(SIGNING_MODES);
registerEnumType(SigningModeEnum, { name: 'SigningMode', description: 'T/M (ON_BEHALF), K/T (DEPUTY), T/L (BY_ORDER), or own name' });

/** Header, number, place and date, subject, recipients and signature of an official document. */
@ObjectType()
export class ReportSignature {
  @Field(() => SigningModeEnum) mode: SigningMode;
  @Field(() => String, { nullable: true, description: 'T/M, K/T …: the body signed for' }) onBehalfOf: string | null;
  @Field() title: string;
  @Field() name: string;
}

@ObjectType()
export class ReportHeader {
  @Field(() => DocumentFormatEnum) format: DocumentFormat;
  @Field(() => String, { nullable: true }) issuerParent: string | null;
  @Field() issuer: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field() place: string;
  @Field({ description: 'YYYY-MM-DD' }) issuedOn: string;
  @Field() subject: string;
  @Field(() => [String], { description: 'Nơi nhận' }) recipients: readonly string[];
  @Field(() => ReportSignature) signature: ReportSignature;
}

@InputType()
export class ReportSignatureInput {
  @Field(() => SigningModeEnum) mode: SigningMode;
  @Field(() => String, { nullable: true }) onBehalfOf: string | null;
  @Field() title: string;
  @Field() name: string;
}

@InputType()
export class ReportHeaderInput {
  @Field(() => DocumentFormatEnum) format: DocumentFormat;
  @Field(() => String, { nullable: true }) issuerParent: string | null;
  @Field() issuer: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field() place: string;
  @Field({ description: 'YYYY-MM-DD' }) issuedOn: string;
  @Field() subject: string;
  @Field(() => [String]) recipients: string[];
  @Field(() => ReportSignatureInput) signature: ReportSignatureInput;
}

/** A template section, flattened in reading order (depth 0 is the top). */
@ObjectType()
export class ReportTemplateSection {
  @Field() key: string;
  @Field() number: string;
  @Field() title: string;
  @Field(() => Int) depth: number;
  @Field(() => String, { nullable: true }) parentKey: string | null;
  @Field() proseRequired: boolean;
}
