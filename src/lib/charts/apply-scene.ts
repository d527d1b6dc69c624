/**
 * Browser only (the one module in `src/lib` that touches the DOM): moves a chart's live <svg>,
 * first rendered by `renderSvg`, to another scene. Each layer group is a d3 join keyed on the
 * marks' kind and key; entering marks fade in, updated marks move (text changes at once), and
 * exiting marks fade out and are removed. Geometry comes from `markAttributes`, as in `renderSvg`.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import {
	GEOMETRY_ATTRIBUTES,
	clipAttributes,
	markAttributes,
	markOpacity,
	type MarkAttributes,
} from './mark-attributes';
import type { Mark, Scene } from './scene';

/** Options for `applyScene`. */
export interface ApplySceneOptions {
	/** Transition length in ms; 0 (reduced motion) interrupts running transitions and jumps. */
	readonly duration: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LAYERS = ['data', 'frame'] as const;

/** Applies `scene` to `svg` (markup from `renderSvg`): marks, <title>, <desc> and the clip box. */
export function applyScene(
	svg: SVGSVGElement,
	scene: Scene,
	{ duration }: ApplySceneOptions,
): void {
	const root = select(svg);
	root.attr('viewBox', `0 0 ${scene.width} ${scene.height}`);
	root.select('title').text(scene.title);
	root.select('desc').text(scene.description);
	const clip = clipAttributes(scene.plot);
	const clipRect = root.select('clipPath rect');
	for (const [name, value] of Object.entries(clip)) clipRect.attr(name, value);
	for (const layer of LAYERS) {
		const group = root.select<SVGGElement>(`g.rd-${layer}`);
		joinLayer(
			group,
			scene.marks.filter((mark) => mark.layer === layer),
			duration,
		);
	}
}

function joinLayer(
	group: Selection<SVGGElement, unknown, null, undefined>,
	marks: Mark[],
	duration: number,
): void {
	const attrs = memoAttributes();
	const joined = group
		.selectAll<SVGElement, Mark>('[data-key]')
		.data<Mark>(marks, joinKey)
		.join(
			(enter) => {
				const entered = enter.append(createMark).attr('opacity', 0);
				entered.each(function (d) {
					for (const name of GEOMETRY_ATTRIBUTES) setIfChanged(this, name, attrs(d)[name]);
				});
				return entered;
			},
			(update) => {
				// Server-rendered marks at full opacity carry no attribute; fade from 1, not from 0.
				update
					.filter(function () {
						return !this.hasAttribute('opacity');
					})
					.attr('opacity', 1);
				return update;
			},
			(exit) => {
				exit.interrupt();
				if (duration > 0) exit.transition().duration(duration).attr('opacity', 0).remove();
				else exit.remove();
			},
		);
	joined.interrupt();
	// Touch only what changed: rewriting an unchanged attribute (a long coastline) still costs a
	// parse and a layout, and this runs while the reader scrolls. Only changed marks animate.
	const moving = new Set<Element>();
	joined.each(function (d) {
		setIfChanged(this, 'data-key', d.key);
		setIfChanged(this, 'class', d.className);
		if (d.kind === 'text' && this.textContent !== d.text) this.textContent = d.text;
		const target: Record<string, string | number | undefined> = {
			...attrs(d),
			opacity: markOpacity(d),
		};
		if (duration > 0) {
			if (differs(this, target)) moving.add(this);
		} else {
			for (const name of ANIMATED) setIfChanged(this, name, target[name]);
		}
	});
	if (moving.size === 0) return;
	const transition = joined
		.filter(function () {
			return moving.has(this);
		})
		.transition()
		.duration(duration);
	for (const name of GEOMETRY_ATTRIBUTES) transition.attr(name, (d) => attrs(d)[name] ?? null);
	transition.attr('opacity', (d) => markOpacity(d));
}

/** Every attribute a scene change may move. */
const ANIMATED = [...GEOMETRY_ATTRIBUTES, 'opacity'];

function differs(element: Element, target: Record<string, string | number | undefined>): boolean {
	return ANIMATED.some((name) => {
		const value = target[name];
		return element.getAttribute(name) !== (value === undefined ? null : String(value));
	});
}

/** `markAttributes`, computed once per mark for one update (it rounds whole path strings). */
function memoAttributes(): (mark: Mark) => MarkAttributes {
	const cache = new Map<Mark, MarkAttributes>();
	return (mark) => {
		let found = cache.get(mark);
		if (!found) {
			found = markAttributes(mark);
			cache.set(mark, found);
		}
		return found;
	};
}

function setIfChanged(element: Element, name: string, value: string | number | undefined): void {
	if (value === undefined) {
		if (element.hasAttribute(name)) element.removeAttribute(name);
		return;
	}
	const text = String(value);
	if (element.getAttribute(name) !== text) element.setAttribute(name, text);
}

/** Marks match elements of the same kind and key; server-rendered elements carry no datum yet. */
function joinKey(this: Element, d: Mark | undefined): string {
	return d ? `${d.kind}:${d.key}` : `${this.localName}:${this.getAttribute('data-key') ?? ''}`;
}

function createMark(d: Mark): SVGElement {
	return document.createElementNS(SVG_NS, d.kind);
}
