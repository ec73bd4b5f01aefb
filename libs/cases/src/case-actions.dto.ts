import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Optional } from '@app/common';
import { CASE_ACTIONS, CASE_INPUT_LIMITS, RATING_MAX, RATING_MIN, RATING_SCALE_TEXT } from './domain';

/**
 * One body per case action, holding exactly what the action reads (see the state machine's
 * CaseActionInput): any other field is refused with a 400 naming it, never silently dropped.
 */
const text = (max: number, doc: { description: string; example: string }, required: boolean) =>
  applyDecorators(required ? ApiProperty(doc) : ApiPropertyOptional(doc), ...(required ? [] : [Optional()]), IsString(), Length(1, max));

/** The one line about an escalation that the creator may read. */
export const PUBLIC_NOTE_MAX = 200;

const Note = () => text(CASE_INPUT_LIMITS.note, { description: '备注', example: '已电话联系创作者核实情况' }, false);
const OptionalReason = () => text(CASE_INPUT_LIMITS.reason, { description: '原因（可选）', example: '创作者已与对方和解' }, false);

/** The path of an action that does not exist: refused naming `action`, rather than a bare 404. */
export class CaseActionParams {
  @IsUUID('4', { message: 'id 须为 UUID' })
  id: string;

  @IsIn(CASE_ACTIONS, { message: `未知操作，可选：${CASE_ACTIONS.join('、')}` })
  action: string;
}

class CaseVersionBody {
  @ApiProperty({ example: 3, description: '客户端看到的案件版本号（乐观锁）；与当前版本不符时返回 409' })
  @IsInt() @Min(1)
  version: number;
}

class NoteBody extends CaseVersionBody {
  @Note() note?: string;
}

class ReasonBody extends CaseVersionBody {
  @OptionalReason() reason?: string;
}

export class SubmitCaseDto extends NoteBody {}
export class AcceptCaseDto extends NoteBody {}
export class StartCaseDto extends NoteBody {}
export class SupplyMaterialsDto extends NoteBody {}
export class AcknowledgeCaseDto extends NoteBody {}
export class ReopenCaseDto extends ReasonBody {}
export class WithdrawCaseDto extends ReasonBody {}
export class CloseCaseDto extends ReasonBody {}

export class RejectCaseDto extends CaseVersionBody {
  @text(CASE_INPUT_LIMITS.reason, { description: '不予受理的理由（创作者可见）', example: '所反映事项不属于本服务台受理范围，建议向属地公安机关报案' }, true)
  reason: string;
}

export class AssignCaseDto extends NoteBody {
  @ApiPropertyOptional({ format: 'uuid', example: '2dcfecfa-1b8d-4364-a074-417a26572bc6', description: '承办专员；不填时自动分派给本集聚区具备该项目技能、在办案件最少的专员' })
  @Optional() @IsUUID('4', { message: 'assigneeId 须为账号 id' })
  assigneeId?: string;
}

export class RequestMaterialsDto extends NoteBody {
  @ApiProperty({ example: ['侵权页面截图', '身份证明'], description: '一次性告知：列明需要补充的全部材料' })
  @IsArray() @ArrayMinSize(1, { message: 'items 至少列出一项所缺材料' }) @ArrayMaxSize(CASE_INPUT_LIMITS.missingItems)
  @IsString({ each: true }) @Length(1, CASE_INPUT_LIMITS.missingItem, { each: true })
  items: string[];
}

export class EscalateCaseDto extends CaseVersionBody {
  @text(CASE_INPUT_LIMITS.reason, { description: '上报理由（内部，仅工作人员可见）', example: '材料显示侵权行为持续，申请上报' }, true)
  reason: string;

  @text(PUBLIC_NOTE_MAX, { description: '给创作者的说明（选填；创作者在办理进展中只看到这一句，看不到上报理由）', example: '您的案件已提交区委网信办协调处置' }, false)
  publicNote?: string;

  @ApiPropertyOptional({ example: 'cac_huangpu', description: '上报对象；服务台上报至本区网信办，区网信办上报至市委网信办，不填即为该对象' })
  @Optional() @IsString() @Length(1, 40)
  authorityId?: string;
}

export class ReturnCaseDto extends CaseVersionBody {
  @text(CASE_INPUT_LIMITS.instructions, { description: '办理意见（退回服务台继续办理）', example: '请协调平台下架侵权内容后办结' }, true)
  instructions: string;
}

export class ResolveCaseDto extends CaseVersionBody {
  @ApiProperty({ example: 'takedown_done', description: '办理结果，须为该服务项目的结果之一（见 GET /api/v1/programmes 的 outcomes）' })
  @IsString() @Length(1, CASE_INPUT_LIMITS.outcome)
  outcome: string;

  @text(CASE_INPUT_LIMITS.summary, { description: '办结说明（创作者可见）', example: '平台已下架全部侵权视频并封禁涉事账号' }, true)
  summary: string;
}

export class RateCaseDto extends CaseVersionBody {
  @ApiProperty({ example: 5, minimum: RATING_MIN, maximum: RATING_MAX, description: `评价（5 分制，分数越高越满意）：${RATING_SCALE_TEXT}；1、2 为差评，将启动差评整改` })
  @IsInt({ message: 'level 须为 1–5 的整数' }) @Min(RATING_MIN, { message: 'level 须为 1–5 的整数' }) @Max(RATING_MAX, { message: 'level 须为 1–5 的整数' })
  level: number;

  @ApiPropertyOptional({ example: '处理及时，专员很耐心', description: '评价意见' })
  @Optional() @IsString() @Length(1, CASE_INPUT_LIMITS.comment)
  comment?: string;
}
