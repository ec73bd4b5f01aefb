import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { CONSENT_DOCUMENTS, CONSENT_VERSION } from '@app/contracts';
import { AuthShell } from '../AuthShell';

/** 用户协议 and 隐私政策: what a creator agrees to at registration (the version is recorded). */
const TEXTS: Record<keyof typeof CONSENT_DOCUMENTS, { heading: string; body: string }[]> = {
  terms: [
    { heading: '一、服务内容', body: '集聚区创作者服务台（“本平台”）由黄浦区、杨浦区集聚区一站式服务点运营，为互联网内容创作者提供星光计划、盾牌行动、合规引擎、众智平台等服务的在线申请、办理进度查询和评价。' },
    { heading: '二、账号', body: '您以本人手机号注册，应妥善保管密码；忘记密码时可凭短信验证码重置。请勿将账号借与他人使用。' },
    { heading: '三、如实提交', body: '您提交的诉求、材料和证据应真实、合法；不得借本平台传播违法信息或侵害他人权益。服务台可能要求您补充材料（一次性告知）。' },
    { heading: '四、办理与答复', body: '服务台按公布的办理时限受理和办结；需要网信部门处置的，将上报区委网信办或市委网信办，办理进展在案件页面展示。' },
    { heading: '五、评价', body: '办结后您可对服务作出评价；“不满意”及以下的评价将由主管回访整改。' },
  ],
  privacy: [
    { heading: '一、我们收集的信息', body: '手机号（用于登录、验证码和办理通知）、昵称，以及您为办理诉求主动提交的内容和材料。我们只收集办理案件所必需的信息。' },
    { heading: '二、保存与保护', body: '手机号、身份证号加密存储，在页面和接口中脱敏展示；工作人员查看完整号码（如回电）须有办理需要，每次查看均记入审计日志。' },
    { heading: '三、使用与共享', body: '您的信息仅用于办理您的诉求；需要上报网信部门的，相关材料提供给受理的网信办。未经您同意，不向其他第三方提供。' },
    { heading: '四、保存期限', body: '案件及审计记录按法律法规要求保存（审计日志不少于 180 日），期满后按规定删除或匿名化。' },
    { heading: '五、您的权利', body: '您可查阅、更正您的个人信息，可撤回诉求；如对个人信息处理有疑问，可联系服务点工作人员。' },
  ],
};

export default function LegalPage({ doc }: { doc: keyof typeof CONSENT_DOCUMENTS }) {
  return (
    <AuthShell>
      <h2 className="auth-title">{CONSENT_DOCUMENTS[doc]}</h2>
      <p className="auth-sub">版本 {CONSENT_VERSION}</p>
      {TEXTS[doc].map((section) => (
        <section key={section.heading}>
          <h3 style={{ fontSize: 15, margin: '16px 0 6px' }}>{section.heading}</h3>
          <Typography.Paragraph>{section.body}</Typography.Paragraph>
        </section>
      ))}
      <div style={{ marginTop: 20, textAlign: 'center' }}>
        <Link to="/register">返回注册</Link>
      </div>
    </AuthShell>
  );
}
