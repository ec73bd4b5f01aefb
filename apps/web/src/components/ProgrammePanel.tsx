import { lazy, Suspense } from 'react';
import { useUser } from '../auth/AuthContext';

const NominationProgress = lazy(() => import('../pages/starlight/NominationProgress'));
const CaseDeskTools = lazy(() => import('../pages/compliance/CaseCompliancePanel'));
const ShieldPanel = lazy(() => import('../pages/shield/ShieldPanel'));

/** What a programme adds to a case page (its own process over the case), for every role. */
export function ProgrammePanel({ programme, caseId }: { programme: string; caseId: string }) {
  const me = useUser();
  const desk = me.role === 'agent' || me.role === 'supervisor';
  return (
    <Suspense fallback={null}>
      {programme === 'starlight' && <NominationProgress caseId={caseId} />}
      {programme === 'shield' && me.role !== 'creator' && <ShieldPanel caseId={caseId} />}
      {desk && <CaseDeskTools caseId={caseId} programme={programme} />}
    </Suspense>
  );
}
