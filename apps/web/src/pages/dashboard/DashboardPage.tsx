import { Result } from 'antd';

export default function DashboardPage() {
  return <Result status="info" title="数据看板建设中" />;
}
