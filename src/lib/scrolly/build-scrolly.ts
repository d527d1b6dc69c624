import { layoutStep, type LoadedChart } from '../charts/load-chart';
import { renderSvg } from '../charts/render-svg';
import type { DataTable } from '../charts/chart-type';
import type { Scene } from '../charts/scene';
import { StepError, readSteps, type AuthoredStep } from './read-steps';

/** Everything a scrolly renders, computed at build time from its chart and its steps. */
export interface BuiltScrolly {
	readonly steps: readonly (AuthoredStep & { readonly svg: string })[];
	/** One scene per step, in order: what the browser moves the live chart between. */
	readonly scenes: readonly Scene[];
	/** The first step's state, shown before any step is reached. */
	readonly firstSvg: string;
	readonly table: DataTable;
}

/**
 * Reads a scrolly's steps, checks each state against its chart and lays every step out.
 * `usedIds` collects step ids across the page so a repeated id fails the build.
 */
export function buildScrolly(
	chart: LoadedChart,
	stepsHtml: string,
	usedIds: Set<string>,
): BuiltScrolly {
	const authored = readSteps(stepsHtml);
	const scenes = authored.map((step) => {
		if (usedIds.has(step.id)) {
			throw new StepError(
				`step id "${step.id}" is used twice in this article. Fix: give each step its own id.`,
				step.id,
			);
		}
		usedIds.add(step.id);
		const scene = layoutStep(chart, step.state, { file: 'this section', step: step.id });
		return { ...scene, description: step.description };
	});
	const steps = authored.map((step, i) => ({
		...step,
		svg: renderSvg(scenes[i] as Scene, { id: `${step.id}-figure` }),
	}));
	const first = scenes[0] as Scene;
	return {
		steps,
		scenes,
		firstSvg: renderSvg(first, { id: `${authored[0]?.id ?? 'scrolly'}-live` }),
		table: chart.chartType.table(chart.data),
	};
}

/** The scenes as a JSON script body: `<` escaped so no string can close the script element. */
export function scenesJson(scenes: readonly Scene[]): string {
	return JSON.stringify(scenes).replaceAll('<', '\\u003c');
}
