/**
 * Browser only (the one module in `src/lib` that touches the DOM): moves a chart's live <svg>,
 * first rendered by `renderSvg`, to another scene. Each layer is a d3 join keyed on the marks'
 * kind and key; entering marks fade in, shapes move, labels that move or change fade out and
 * back in at their new place, and exiting marks fade out and are removed. Geometry comes from
 * `markAttributes`, as in `renderSvg`.
 *
 * Built to run while the reader scrolls, on slow phones too (each frame must stay well under
 * 50 ms at 4× CPU throttling; see `npm run bench`):
 * - one d3 transition on the <svg> with one tween, from interpolators built beforehand, so a
 *   frame is one pass of writes with no per-mark timers or string parsing;
 * - labels never slide: moving an SVG <text> re-shapes it on every frame, the most expensive
 *   thing a frame could do, while fading it only repaints;
 * - nothing is written that would not show: hidden marks stay where they are, and a frame
 *   skips any value that rounds to the one already written.
 */
import { interpolateNumber, interpolateString } from 'd3-interpolate';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import {
	formatInBetween,
	markAttributes,
	markOpacity,
	opacityAttributes,
	plotViewportAttributes,
	type MarkAttributes,
} from './mark-attributes';
import type { Box, Mark, Scene } from './scene';

/** Options for `applyScene`. */
export interface ApplySceneOptions {
	/** Transition length in ms; 0 (reduced motion) stops a running transition and jumps. */
	readonly duration: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LAYERS = ['data', 'frame'] as const;
/** Attributes holding numbers in text (path data, a scaled path's transform and zoom). */
const STRINGS = ['d', 'transform', 'style'];
/** The transition's name on the <svg>; a new scene interrupts the one running. */
const MOTION = 'scene';

/** One attribute of one mark on its way to a new value. */
interface Change {
	readonly element: Element;
	readonly name: string;
	readonly from: string;
	readonly to: string;
}

/** A label that moves or changes: it fades out, changes while unseen, and fades back in. */
interface Relabel {
	readonly element: Element;
	readonly from: number;
	readonly to: number;
	/** Writes the label's new text, class and position. */
	readonly change: () => void;
}

/** What one scene change does to the marks. */
interface Plan {
	readonly changes: Change[];
	readonly relabels: Relabel[];
	readonly leaving: Element[];
}

/** Applies `scene` to `svg` (markup from `renderSvg`): marks, <title>, <desc> and the plot box. */
export function applyScene(
	svg: SVGSVGElement,
	scene: Scene,
	{ duration }: ApplySceneOptions,
): void {
	const root = select(svg);
	// Marks keep the values the interrupted transition last wrote and move on from there.
	root.interrupt(MOTION);
	setIfChanged(svg, 'viewBox', `0 0 ${scene.width} ${scene.height}`);
	for (const [selector, text] of [
		['title', scene.title],
		['desc', scene.description],
	] as const) {
		// Rewritten only when it changes: finishing a transition redraws the same scene.
		const node = svg.querySelector(selector);
		if (node && node.textContent !== text) node.textContent = text;
	}
	const plot = root.select<SVGElement>('svg.rd-data').node();
	if (plot) {
		for (const [name, value] of Object.entries(plotViewportAttributes(scene.plot)))
			setIfChanged(plot, name, value);
	}
	const plan: Plan = { changes: [], relabels: [], leaving: [] };
	for (const layer of LAYERS) {
		joinLayer(
			root.select<SVGElement>(`.rd-${layer}`),
			scene.marks.filter((mark) => mark.layer === layer),
			plan,
			layer === 'data' ? scene.plot : undefined,
		);
	}
	const { changes, relabels, leaving } = plan;
	if (duration <= 0) {
		for (const { element, name, to } of changes) element.setAttribute(name, to);
		for (const { element, to, change } of relabels) {
			change();
			setOpacity(element, to);
		}
		for (const element of leaving) element.remove();
		return;
	}
	// Interpolators are built here, in the task that plans the change, not in the transition's
	// first frame, which already has every mark's first write to lay out and paint.
	// A relabelled label fades out, changes while unseen, and fades back in.
	const relabelFades = relabels.flatMap(({ element, from, to }) =>
		Object.keys(opacityAttributes(to)).map((name) => ({
			element,
			name,
			from: String(from),
			to: String(to),
			value: (t: number) => formatInBetween(name, t < 0.5 ? from * (1 - 2 * t) : to * (2 * t - 1)),
		})),
	);
	const moves = [
		...changes.map(({ element, name, from, to }) => ({
			element,
			name,
			from,
			to,
			value: STRINGS.includes(name) ? interpolateString(from, to) : inBetween(name, +from, +to),
		})),
		...relabelFades,
	].map((move) => ({ ...move, written: move.from }));
	let relabelled = false;
	root
		.transition(MOTION)
		.duration(duration)
		.tween(MOTION, () => (t) => {
			if (t >= 0.5 && !relabelled) {
				relabelled = true;
				for (const { change } of relabels) change();
			}
			// In-between values are rounded as end values are, and one that rounds to what the
			// mark already shows is not written again: the eased first and last frames of a move
			// barely move it, and a frame with no write has nothing to lay out or paint.
			for (const move of moves) {
				const value = t >= 1 ? move.to : move.value(t);
				if (value === move.written) continue;
				move.element.setAttribute(move.name, value);
				move.written = value;
			}
		})
		.on('end', () => {
			for (const element of leaving) element.remove();
		});
}

/** A numeric attribute's values on the way from `from` to `to`, as they are written. */
function inBetween(name: string, from: number, to: number): (t: number) => string {
	const value = interpolateNumber(from, to);
	return (t) => formatInBetween(name, value(t));
}

/**
 * Joins one layer's marks to its elements and plans the change: shapes' attributes go onto
 * `changes` with their current value (classes change at once); visible labels that move or
 * change their text go onto `relabels`; marks leaving the scene go onto `leaving`. A shape
 * that lies outside `plot` (the data layer's clip) both before and after jumps at once, and
 * one that is hidden where it is jumps to where it is shown.
 */
function joinLayer(
	group: Selection<SVGElement, unknown, null, undefined>,
	marks: Mark[],
	{ changes, relabels, leaving }: Plan,
	plot: Box | undefined,
): void {
	group
		.selectAll<SVGElement, Mark>('[data-key]')
		.data<Mark>(marks, joinKey)
		.join(
			(enter) =>
				enter.append(createMark).each(function (d) {
					// A new mark appears in its place, fully transparent, and fades in.
					for (const [name, value] of Object.entries(markAttributes(d)))
						this.setAttribute(name, String(value));
					setOpacity(this, 0);
				}),
			(update) => update,
			(exit) =>
				exit.each(function () {
					fade(changes, this, currentOpacity(this), 0);
					leaving.push(this);
				}),
		)
		.each(function (d) {
			const attributes = markAttributes(d);
			const opacity = markOpacity(d);
			const from = currentOpacity(this);
			setIfChanged(this, 'class', d.className);
			// A mark hidden before and after stays where it is: moving or relabelling what no one
			// sees would still cost a layout of it (a re-shape, for text) in every frame. It is
			// put in place when it is next shown.
			if (from === 0 && opacity === 0) return;
			if (d.kind === 'text') {
				const relabel = () => {
					if (this.textContent !== d.text) this.textContent = d.text;
					for (const [name, value] of Object.entries(attributes)) setIfChanged(this, name, value);
				};
				// A hidden label changes at once; a visible one fades out and back in.
				if (from > 0 && labelChanges(this, d, attributes)) {
					relabels.push({ element: this, from, to: opacity, change: relabel });
					return;
				}
				relabel();
			} else {
				// A hidden mark that is shown appears in its place and fades in, as a new one does.
				const jumps = from === 0 || (!!plot && staysOffPlot(this, attributes, plot));
				for (const [name, value] of Object.entries(attributes)) {
					const to = String(value);
					const current = this.getAttribute(name);
					if (current === to) continue;
					if (current === null || jumps) this.setAttribute(name, to);
					else changes.push({ element: this, name, from: current, to });
				}
			}
			fade(changes, this, from, opacity);
		});
}

/**
 * Whether a circle, rect or line lies wholly outside `plot` both where it is and where it is
 * going (paths are never judged). Such a mark, say an event that a pan from the 1960s to the
 * 2020s carries from beyond one edge to beyond the other, would sweep across the chart mid-way
 * for no reason a reader could see, and cost a write on every frame; it jumps instead.
 */
function staysOffPlot(element: Element, attributes: MarkAttributes, plot: Box): boolean {
	const before = extent(element.localName, (name) => Number(element.getAttribute(name)));
	const after = extent(element.localName, (name) => Number(attributes[name]));
	return !!before && !!after && disjoint(before, plot) && disjoint(after, plot);
}

/** The box a shape covers, read through `get` (an attribute by name). */
function extent(kind: string, get: (name: string) => number): Box | undefined {
	switch (kind) {
		case 'circle': {
			const r = get('r');
			return { x: get('cx') - r, y: get('cy') - r, width: 2 * r, height: 2 * r };
		}
		case 'rect':
			return { x: get('x'), y: get('y'), width: get('width'), height: get('height') };
		case 'line': {
			const [x1, x2, y1, y2] = [get('x1'), get('x2'), get('y1'), get('y2')];
			const box = { x: Math.min(x1, x2), y: Math.min(y1, y2) };
			return { ...box, width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
		}
		default:
			return undefined;
	}
}

function disjoint(a: Box, b: Box): boolean {
	return a.x + a.width < b.x || a.x > b.x + b.width || a.y + a.height < b.y || a.y > b.y + b.height;
}

/** Whether a label's text or position differs from its mark's (a class changes in place). */
function labelChanges(
	element: Element,
	mark: Mark & { kind: 'text' },
	attributes: MarkAttributes,
): boolean {
	return (
		element.textContent !== mark.text ||
		Object.entries(attributes).some(([name, value]) => element.getAttribute(name) !== String(value))
	);
}

/** Plans a change of opacity (see `opacityAttributes`), if there is one. */
function fade(changes: Change[], element: Element, from: number, to: number): void {
	if (from === to) return;
	for (const [name, value] of Object.entries(opacityAttributes(to)))
		changes.push({ element, name, from: String(from), to: String(value) });
}

function setOpacity(element: Element, opacity: number): void {
	for (const [name, value] of Object.entries(opacityAttributes(opacity)))
		element.setAttribute(name, String(value));
}

/** Server-rendered marks at full opacity carry no attribute: they count as 1. */
function currentOpacity(element: Element): number {
	return Number(element.getAttribute('fill-opacity') ?? 1);
}

function setIfChanged(element: Element, name: string, value: string | number): void {
	const text = String(value);
	if (element.getAttribute(name) !== text) element.setAttribute(name, text);
}

/** Marks match elements of the same kind and key; server-rendered elements carry no datum yet. */
function joinKey(this: Element, d: Mark | undefined): string {
	return d ? `${d.kind}:${d.key}` : `${this.localName}:${this.getAttribute('data-key') ?? ''}`;
}

function createMark(d: Mark): SVGElement {
	const element = document.createElementNS(SVG_NS, d.kind);
	element.setAttribute('data-key', d.key);
	return element;
}
