import type { Prediction, ScorecardData } from './data';
import type { ScorecardState } from './state';
import { VERDICT_LABELS } from './verdicts';

/** One sentence saying what the step shows: verdicts revealed so far and the row in focus. */
export function describe(data: ScorecardData, state: ScorecardState): string {
	const shown = data.predictions.slice(0, state.revealed);
	const focused = data.predictions.find((prediction) => prediction.id === state.focus);
	const focusIndex = focused ? data.predictions.indexOf(focused) : -1;
	return [
		`${data.predictions.length} predictions from the essay`,
		shown.length === 0
			? 'no verdicts shown yet'
			: `verdicts shown: ${shown.map((p) => `${p.id} ${VERDICT_LABELS[p.verdict].toLowerCase()}`).join(', ')}`,
		focused
			? `in focus: ${focused.id}, “${focused.short}”${focusIndex < state.revealed ? `, which ${phrase(focused)}` : ''}`
			: undefined,
	]
		.filter((part) => part !== undefined)
		.join('; ')
		.concat('.');
}

function phrase(prediction: Prediction): string {
	const verdicts = {
		held: 'held',
		overtaken: 'was overtaken by events',
		mixed: 'has a mixed record',
		open: 'is still open',
	};
	return `${verdicts[prediction.verdict]}: ${prediction.evidence}`;
}
