import type { ReactNode } from 'react';
import { Logo } from '../components/AppLayout';
import { PRODUCT_NAME } from '../lib/labels';

const PROGRAMMES = [
  ['星光计划', '创作支持 · 精品推荐与自荐'],
  ['盾牌行动', '权益保护 · 网络侵权优先处置'],
  ['合规引擎', '技术赋能 · 生成式AI合规指导'],
  ['众智平台', '立法参与 · 法规修订建议'],
];

/** Login and registration share this page: the product on the left, the form on the right. */
export function AuthShell({ children }: { children: ReactNode }) {
  return (
    <div className="auth-page">
      <section className="auth-hero" aria-label="产品介绍">
        <Logo />
        <div>
          <h1>{PRODUCT_NAME}</h1>
          <p>
            黄浦区、杨浦区网络内容创作者集聚区的一站式服务。创作者在线提交诉求，服务台专员限时办结，
            属地网信部门协同处置，全程留痕、可查可评。
          </p>
          <div className="auth-programmes">
            {PROGRAMMES.map(([name, sub]) => (
              <div className="auth-programme" key={name}>
                <b>{name}</b>
                <span>{sub}</span>
              </div>
            ))}
          </div>
        </div>
        <small style={{ opacity: 0.6, position: 'relative', zIndex: 1 }}>依据《上海市关于支持互联网优质内容创作的若干举措》</small>
      </section>
      <main className="auth-main">
        <div className="auth-card panel">
          <div className="auth-mobile-brand">
            <Logo />
          </div>
          {children}
        </div>
      </main>
    </div>
  );
}
