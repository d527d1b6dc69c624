import type { ChartType } from '../chart-type';
import { TwoTrackTimelineData } from './data';
import { layoutTwoTrackTimeline } from './layout';
import { TwoTrackTimelineState } from './state';
import { twoTrackTimelineTable } from './table';

/** The two-track timeline ('two-track-timeline'): coded relations above, dated events below. */
export const twoTrackTimeline: ChartType<TwoTrackTimelineData, TwoTrackTimelineState> = {
	data: TwoTrackTimelineData,
	state: TwoTrackTimelineState,
	layout: layoutTwoTrackTimeline,
	table: twoTrackTimelineTable,
};
