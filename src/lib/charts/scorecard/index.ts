import type { ChartType } from '../chart-type';
import { ScorecardData } from './data';
import { layoutScorecard } from './layout';
import { ScorecardState } from './state';
import { scorecardTable } from './table';

/** The scorecard ('scorecard'): the essay's predictions, one row each, with verdicts. */
export const scorecard: ChartType<ScorecardData, ScorecardState> = {
	data: ScorecardData,
	state: ScorecardState,
	layout: layoutScorecard,
	table: scorecardTable,
};
