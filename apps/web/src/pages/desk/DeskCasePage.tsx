import { Result } from 'antd';

export default function Placeholder() {
  return <Result status="info" title="建设中" subTitle="此页面即将上线。" />;
}
