import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Button } from 'antd';
import { ResultBlock } from './components/ResultBlock';
import { Link } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { PageLoading } from './components/States';
import { RequireAuth } from './auth/RequireAuth';
import { homeFor, useAuth } from './auth/AuthContext';

// Every screen is its own chunk: a creator on a phone downloads the portal, not the workbench.
const LoginPage = lazy(() => import('./pages/LoginPage'));
const RegisterPage = lazy(() => import('./pages/RegisterPage'));
const ForgotPasswordPage = lazy(() => import('./pages/public/ForgotPasswordPage'));
const LegalPage = lazy(() => import('./pages/public/LegalPage'));
const MyCasesPage = lazy(() => import('./pages/creator/MyCasesPage'));
const NewCasePage = lazy(() => import('./pages/creator/NewCasePage'));
const CreatorCasePage = lazy(() => import('./pages/creator/CreatorCasePage'));
const ProfilePage = lazy(() => import('./pages/creator/ProfilePage'));
const QueuePage = lazy(() => import('./pages/desk/QueuePage'));
const DeskCasePage = lazy(() => import('./pages/desk/DeskCasePage'));
const WalkInPage = lazy(() => import('./pages/desk/WalkInPage'));
const RectificationsPage = lazy(() => import('./pages/quality/RectificationsPage'));
const PublicQualityPage = lazy(() => import('./pages/quality/PublicQualityPage'));
const EscalationsPage = lazy(() => import('./pages/authority/EscalationsPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const SecurityPolicyPage = lazy(() => import('./pages/admin/SecurityPolicyPage'));
const SlaPage = lazy(() => import('./pages/admin/SlaPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const MonthlyReportPage = lazy(() => import('./pages/dashboard/MonthlyReportPage'));
const InboxPage = lazy(() => import('./pages/inbox/InboxPage'));
const CreatorConsultationsPage = lazy(() => import('./pages/legislation/CreatorConsultationsPage'));
const SuggestionsDeskPage = lazy(() => import('./pages/legislation/SuggestionsDeskPage'));
const PublicConsultationsPage = lazy(() => import('./pages/legislation/PublicConsultationsPage'));
const CreatorStarlightPage = lazy(() => import('./pages/starlight/CreatorStarlightPage'));
const StarlightDeskPage = lazy(() => import('./pages/starlight/StarlightDeskPage'));
const CreatorCompliancePage = lazy(() => import('./pages/compliance/CreatorCompliancePage'));
const KnowledgeDeskPage = lazy(() => import('./pages/compliance/KnowledgeDeskPage'));
const ProgrammeStatsPage = lazy(() => import('./pages/programmes/ProgrammeStatsPage'));
const AppointmentsPage = lazy(() => import('./pages/creator/AppointmentsPage'));
const SalonsPage = lazy(() => import('./pages/creator/SalonsPage'));
const DeskAppointmentsPage = lazy(() => import('./pages/desk/DeskAppointmentsPage'));
const DeskSalonsPage = lazy(() => import('./pages/desk/DeskSalonsPage'));
const DeskVisitsPage = lazy(() => import('./pages/desk/DeskVisitsPage'));
const SlotsPage = lazy(() => import('./pages/desk/SlotsPage'));
const VerifyPage = lazy(() => import('./pages/VerifyPage'));

function Home() {
  const { user, restoring } = useAuth();
  if (restoring) return <PageLoading tip="正在恢复登录…" />;
  if (!user) return <Navigate to="/login" replace />;
  return <Navigate to={homeFor(user.role)} replace />;
}

function NoRole() {
  const { signOut } = useAuth();
  return (
    <ResultBlock
      status="lock"
      title="账号尚未授权"
      subTitle="您的账号还没有被授予角色。请联系安全管理员授权后重新登录。"
      extra={<Button onClick={() => void signOut()}>退出登录</Button>}
    />
  );
}

function NotFound() {
  return (
    <ResultBlock
      status="search"
      title="页面不存在"
      subTitle="您访问的页面不存在，可能链接有误。"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}

const STAFF = ['agent', 'supervisor'] as const;

export function App() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/public/consultations" element={<PublicConsultationsPage />} />
        <Route path="/public/quality" element={<PublicQualityPage />} />
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="/verify/:code" element={<VerifyPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/legal/terms" element={<LegalPage doc="terms" />} />
        <Route path="/legal/privacy" element={<LegalPage doc="privacy" />} />
        <Route path="/" element={<Home />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route path="/no-role" element={<NoRole />} />
          <Route path="/portal" element={<RequireAuth roles={['creator']}><MyCasesPage /></RequireAuth>} />
          <Route path="/portal/new" element={<RequireAuth roles={['creator']}><NewCasePage /></RequireAuth>} />
          <Route path="/portal/new/:programme" element={<RequireAuth roles={['creator']}><NewCasePage /></RequireAuth>} />
          <Route path="/portal/profile" element={<RequireAuth roles={['creator']}><ProfilePage /></RequireAuth>} />
          <Route path="/portal/cases/:id" element={<RequireAuth roles={['creator']}><CreatorCasePage /></RequireAuth>} />
          <Route path="/portal/appointments" element={<RequireAuth roles={['creator']}><AppointmentsPage /></RequireAuth>} />
          <Route path="/portal/salons" element={<RequireAuth roles={['creator']}><SalonsPage /></RequireAuth>} />
          <Route path="/desk/appointments" element={<RequireAuth roles={[...STAFF]}><DeskAppointmentsPage /></RequireAuth>} />
          <Route path="/desk/salons" element={<RequireAuth roles={[...STAFF]}><DeskSalonsPage /></RequireAuth>} />
          <Route path="/desk/visits" element={<RequireAuth roles={[...STAFF]}><DeskVisitsPage /></RequireAuth>} />
          <Route path="/desk/slots" element={<RequireAuth roles={['supervisor']}><SlotsPage /></RequireAuth>} />
          <Route path="/desk" element={<RequireAuth roles={[...STAFF]}><QueuePage /></RequireAuth>} />
          <Route path="/desk/new" element={<RequireAuth roles={['agent']}><WalkInPage /></RequireAuth>} />
          <Route path="/desk/reviews" element={<Navigate to="/desk/rectifications" replace />} />
          <Route path="/desk/rectifications" element={<RequireAuth roles={[...STAFF]}><RectificationsPage /></RequireAuth>} />
          <Route path="/desk/cases/:id" element={<RequireAuth roles={[...STAFF]}><DeskCasePage /></RequireAuth>} />
          <Route path="/authority" element={<RequireAuth roles={['cac_officer']}><EscalationsPage /></RequireAuth>} />
          <Route path="/authority/cases/:id" element={<RequireAuth roles={['cac_officer']}><DeskCasePage /></RequireAuth>} />
          <Route path="/dashboard" element={<RequireAuth roles={['supervisor']}><DashboardPage /></RequireAuth>} />
          <Route path="/dashboard/report" element={<RequireAuth roles={['supervisor']}><MonthlyReportPage /></RequireAuth>} />
          <Route path="/admin" element={<Navigate to="/admin/users" replace />} />
          <Route path="/admin/users" element={<RequireAuth roles={['sysadmin', 'secadmin']}><UsersPage /></RequireAuth>} />
          <Route path="/admin/sla" element={<RequireAuth roles={['sysadmin']}><SlaPage /></RequireAuth>} />
          <Route path="/admin/security" element={<RequireAuth roles={['secadmin']}><SecurityPolicyPage /></RequireAuth>} />
          <Route path="/audit" element={<RequireAuth roles={['auditor']}><AuditPage /></RequireAuth>} />
          <Route path="/portal/consultations" element={<RequireAuth roles={['creator']}><CreatorConsultationsPage /></RequireAuth>} />
          <Route path="/desk/consultations" element={<RequireAuth roles={['agent', 'supervisor']}><SuggestionsDeskPage /></RequireAuth>} />
          <Route path="/authority/consultations" element={<RequireAuth roles={['cac_officer']}><SuggestionsDeskPage /></RequireAuth>} />
          <Route path="/portal/starlight" element={<RequireAuth roles={['creator']}><CreatorStarlightPage /></RequireAuth>} />
          <Route path="/desk/starlight" element={<RequireAuth roles={['agent', 'supervisor']}><StarlightDeskPage /></RequireAuth>} />
          <Route path="/authority/starlight" element={<RequireAuth roles={['cac_officer']}><StarlightDeskPage /></RequireAuth>} />
          <Route path="/portal/compliance" element={<RequireAuth roles={['creator']}><CreatorCompliancePage /></RequireAuth>} />
          <Route path="/desk/knowledge" element={<RequireAuth roles={['agent', 'supervisor']}><KnowledgeDeskPage /></RequireAuth>} />
          <Route path="/dashboard/programmes" element={<RequireAuth roles={['supervisor']}><ProgrammeStatsPage /></RequireAuth>} />
          <Route path="/inbox" element={<RequireAuth roles={['creator', 'agent', 'supervisor', 'cac_officer']}><InboxPage /></RequireAuth>} />
          <Route path="/cases/:id" element={<CaseRedirect />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

/** `/cases/:id` (e.g. from a notification or e-mail) opens the case page of the user's role. */
function CaseRedirect() {
  const { user } = useAuth();
  const id = window.location.pathname.split('/').pop() ?? '';
  const base = user?.role === 'creator' ? '/portal/cases/' : user?.role === 'cac_officer' ? '/authority/cases/' : '/desk/cases/';
  return <Navigate to={base + id} replace />;
}
