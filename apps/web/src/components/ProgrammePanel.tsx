import { lazy, Suspense } from 'react';

const NominationProgress = lazy(() => import('../pages/starlight/NominationProgress'));

/** What a programme adds to a case page (its own process over the case), for every role. */
export function ProgrammePanel({ programme, caseId }: { programme: string; caseId: string }) {
  return <Suspense fallback={null}>{programme === 'starlight' ? <NominationProgress caseId={caseId} /> : null}</Suspense>;
}
