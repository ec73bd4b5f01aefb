import { isSatisfied, rateOf, ThreeRates } from '@app/contracts';
import { findProgramme, PROGRAMME_IDS } from '@app/programmes';
import type { RatesRow } from './rates.repository';

/** Levels 1–5 summed with a weight per level. */
const sumLevels = (counts: number[], keep: (level: number) => boolean) => counts.reduce((n, c, i) => n + (keep(i + 1) ? c : 0), 0);
const all = () => true;

/**
 * 响应率, 解决率, 满意率 of some rollup rows (docs/metrics.md, 三率). Satisfied is the one
 * definition of libs/contracts (`isSatisfied`); a rating is a case's verdict on whether it was
 * solved only when its resolution had no return visit.
 */
export function threeRates(rows: readonly RatesRow[]): ThreeRates {
  let responded = 0;
  let onTime = 0;
  let verdicts = 0;
  let solved = 0;
  let rated = 0;
  let satisfied = 0;
  for (const r of rows) {
    responded += r.responded;
    onTime += r.responded_on_time;
    verdicts += r.visits + sumLevels(r.verdictRated, all);
    solved += r.visits_solved + sumLevels(r.verdictRated, isSatisfied);
    rated += sumLevels(r.rated, all);
    satisfied += sumLevels(r.rated, isSatisfied);
  }
  return { response: rateOf(onTime, responded), solved: rateOf(solved, verdicts), satisfied: rateOf(satisfied, rated) };
}

/** A column's three rates, in all and per programme (only the filtered one when a programme is chosen). */
export function columnRates(rows: readonly RatesRow[], programmeFilter: string | null): { rates: ThreeRates; ratesByProgramme: { programme: string; name: string; rates: ThreeRates }[] } {
  return {
    rates: threeRates(rows),
    ratesByProgramme: PROGRAMME_IDS.filter((p) => !programmeFilter || p === programmeFilter).map((programme) => ({
      programme,
      name: findProgramme(programme)?.name ?? programme,
      rates: threeRates(rows.filter((r) => r.programme === programme)),
    })),
  };
}
