import { stepLayout, type LoadedChart } from '../charts/load-chart';
import { renderSvg } from '../charts/render-svg';
import type { DataTable, Frame } from '../charts/chart-type';
import type { Scene } from '../charts/scene';
import { packFrames } from '../charts/scene-pack';
import { StepError, readSteps, type AuthoredStep } from './read-steps';

/** Everything a scrolly renders, computed at build time from its chart and its steps. */
export interface BuiltScrolly {
	/** Each step with its figure (wide frame): the no-JS, print and embed rendering. */
	readonly steps: readonly (AuthoredStep & { readonly svg: string })[];
	/** Per frame, one scene per step, in order: what the browser moves the live chart between. */
	readonly scenes: Readonly<Record<Frame, readonly Scene[]>>;
	/**
	 * The live chart as the HTML carries it: its frame, <title> and <desc> (the first step's),
	 * no marks. Only a page with scripts shows it, and draws it when it comes near.
	 */
	readonly liveSvg: string;
	readonly table: DataTable;
}

/**
 * Reads a scrolly's steps, checks each state against its chart and lays every step out in
 * both frames. `usedIds` collects step ids across the page so a repeated id fails the build.
 */
export function buildScrolly(
	chart: LoadedChart,
	stepsHtml: string,
	usedIds: Set<string>,
): BuiltScrolly {
	const authored = readSteps(stepsHtml);
	const laidOut = authored.map((step) => {
		if (usedIds.has(step.id)) {
			throw new StepError(
				`step id "${step.id}" is used twice in this article. Fix: give each step its own id.`,
				step.id,
			);
		}
		usedIds.add(step.id);
		const layoutIn = stepLayout(chart, step.state, { file: 'this section', step: step.id });
		const layout = (frame: Frame): Scene => ({ ...layoutIn(frame), description: step.description });
		return { wide: layout('wide'), compact: layout('compact') };
	});
	const scenes = {
		wide: laidOut.map((scene) => scene.wide),
		compact: laidOut.map((scene) => scene.compact),
	};
	const steps = authored.map((step, i) => ({
		...step,
		svg: renderSvg(scenes.wide[i] as Scene, { id: `${step.id}-figure`, hidden: true }),
	}));
	return {
		steps,
		scenes,
		liveSvg: renderSvg(
			{ ...(scenes.wide[0] as Scene), marks: [] },
			{ id: `${authored[0]?.id ?? 'scrolly'}-live` },
		),
		table: chart.table(),
	};
}

/** Both frames' scenes, packed, as the JSON file the browser fetches (`pages/[article]/scenes`). */
export function scenesJson(scenes: Readonly<Record<Frame, readonly Scene[]>>): string {
	return JSON.stringify(packFrames(scenes));
}
