import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { FeedbackProvider } from './components/Feedback';
import zhCN from 'antd/locale/zh_CN';
import './lib/time';
import './styles.css';
import { App } from './App';
import { AuthProvider } from './auth/AuthContext';
import { queryClient } from './api/query';

const theme = {
  token: {
    colorPrimary: '#1f5fbf',
    colorLink: '#1f5fbf',
    colorError: '#c8102e',
    borderRadius: 8,
    // Secondary text dark enough for WCAG AA (4.5:1) on white.
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: '#0f2a52', headerHeight: 60, headerPadding: '0 20px', bodyBg: '#f3f5f9', footerBg: '#f3f5f9' },
    Menu: { darkItemBg: '#0f2a52', darkItemSelectedBg: '#1f5fbf', darkPopupBg: '#0f2a52' },
  },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <FeedbackProvider>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AuthProvider>
              <App />
            </AuthProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </FeedbackProvider>
    </ConfigProvider>
  </StrictMode>,
);
