import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field } from '@app/common';
import { PROGRAMME_IDS, type LabelledOption, type ProgrammeDefinition, type ProgrammeId, type ProgrammePriority, type ProgrammeUi, type UiFieldHint, type UiWidget } from '@app/programmes';

/** What GET /programmes answers: each programme's definition and intake form, as the OpenAPI document shows it. */
class LabelledOptionResponse implements LabelledOption {
  @Field.text({ example: 'cyberviolence' }) id: string;
  @Field.text({ example: '网络暴力' }) label: string;
}

class EscalationTargetResponse {
  @Field.oneOf(['district', 'city']) target: 'district' | 'city';
  @Field.text() description: string;
}

class VisibleWhenResponse {
  @Field.text() field: string;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }) equals: string | number | boolean;
}

export class UiFieldHintResponse implements UiFieldHint {
  @Field.oneOf(['input', 'textarea', 'select', 'radio', 'switch', 'date', 'number', 'url-list', 'tag-list']) widget: UiWidget;
  @ApiPropertyOptional({ type: String }) placeholder?: string;
  @ApiPropertyOptional({ type: String }) help?: string;
  @ApiPropertyOptional({ type: 'integer', description: '多行文本框的行数' }) rows?: number;
  @ApiPropertyOptional({ type: () => LabelledOptionResponse, isArray: true }) options?: LabelledOptionResponse[];
  @ApiPropertyOptional({ type: () => VisibleWhenResponse }) visibleWhen?: VisibleWhenResponse;
}

class EvidenceHintResponse {
  @Field.flag() enabled: boolean;
  @Field.flag() recommended: boolean;
  @Field.text() hint: string;
}

class ProgrammeUiResponse implements ProgrammeUi {
  @Field.texts({ description: '表单字段的显示顺序' }) order: string[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/UiFieldHintResponse' }, description: '每个字段的渲染提示' }) fields: Record<string, UiFieldHintResponse>;
  @Field.nested(() => EvidenceHintResponse) evidence: EvidenceHintResponse;
}

export class ProgrammeResponse implements ProgrammeDefinition {
  @Field.oneOf(PROGRAMME_IDS) id: ProgrammeId;
  @Field.text({ example: 'SHD' }) code: string;
  @Field.text({ example: '盾牌行动' }) name: string;
  @Field.text({ example: '权益保护' }) subtitle: string;
  @Field.text() description: string;
  @Field.nestedList(() => LabelledOptionResponse) categories: LabelledOptionResponse[];
  @Field.nestedList(() => LabelledOptionResponse) outcomes: LabelledOptionResponse[];
  @Field.oneOf(['low', 'normal', 'high', 'urgent']) defaultPriority: ProgrammePriority;
  @Field.nested(() => EscalationTargetResponse) escalation: EscalationTargetResponse;
  @Field.json({ description: '申报表单（JSON Schema 2020-12，服务端按此校验）' }) intakeSchema: ProgrammeDefinition['intakeSchema'];
  @Field.nested(() => ProgrammeUiResponse) ui: ProgrammeUiResponse;
}
