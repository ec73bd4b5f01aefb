import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field } from '@app/common';
import type { IssuedDocumentView, VerificationAnswer } from './documents.service';

/** What the document routes answer (receipts, public verification), as the OpenAPI document shows it. */
export class IssuedDocumentResponse implements IssuedDocumentView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: 'receipt.acceptance' }) kind: string;
  @Field.text({ example: '受理回执' }) kindLabel: string;
  @Field.text({ example: '受理回执' }) title: string;
  @Field.text({ example: '7KQ2-M9XD-4HRT-PW3C' }) verificationCode: string;
  @Field.text({ example: 'http://localhost:3000/verify/7KQ2-M9XD-4HRT-PW3C' }) verificationUrl: string;
  @Field.instant() issuedAt: Date;
}

class VerifiedDocumentResponse {
  @Field.text({ example: 'receipt.acceptance' }) kind: string;
  @Field.text({ example: '受理回执' }) title: string;
  @Field.textOrNull({ example: '黄浦区集聚区创作者服务台' }) issuer: string | null;
  @Field.instant() issuedAt: Date;
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 }, description: '[名称, 内容] 对', example: [['案件编号', 'HP-SHD-2026-000123']] })
  facts: [string, string][];
}

class VerifiedSubjectResponse {
  @Field.text({ example: 'case' }) type: string;
  @Field.text({ example: 'HP-SHD-2026-000123' }) reference: string;
  @Field.text({ example: 'accepted' }) status: string;
  @Field.text({ example: '已受理' }) statusLabel: string;
}

export class VerificationResponse implements VerificationAnswer {
  @Field.text({ example: '7KQ2-M9XD-4HRT-PW3C' }) code: string;
  @Field.flag({ description: '是否为本服务台签发的真实文书' }) genuine: boolean;
  @ApiPropertyOptional({ type: () => VerifiedDocumentResponse, description: '仅真实文书' }) document?: VerifiedDocumentResponse;
  @ApiPropertyOptional({ type: () => VerifiedSubjectResponse, description: '文书所涉事项的当前状态' }) subject?: VerifiedSubjectResponse;
}
