/**
 * Browser only (the one module in `src/lib` that touches the DOM): moves a chart's live <svg>,
 * first rendered by `renderSvg`, to another scene. Each layer group is a d3 join keyed on the
 * marks' kind and key; entering marks fade in, updated marks move (text changes at once), and
 * exiting marks fade out and are removed. Geometry comes from `markAttributes`, as in `renderSvg`.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { GEOMETRY_ATTRIBUTES, markAttributes, markOpacity } from './mark-attributes';
import type { Mark, Scene } from './scene';

/** Options for `applyScene`. */
export interface ApplySceneOptions {
	/** Transition length in ms; 0 (reduced motion) interrupts running transitions and jumps. */
	readonly duration: number;
}

type MarkSelection = Selection<SVGElement, Mark, SVGGElement, unknown>;

/** Anything with d3's `attr(name, valueFn)`: a selection (instant) or a transition. */
interface AttrTarget {
	attr(name: string, value: (d: Mark) => string | number | null): unknown;
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
	const clip = markAttributes({
		kind: 'rect',
		key: 'clip',
		className: '',
		layer: 'data',
		...scene.plot,
	});
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
	const joined = group
		.selectAll<SVGElement, Mark>('[data-key]')
		.data<Mark>(marks, joinKey)
		.join(
			(enter) => {
				const entered = enter.append(createMark).attr('opacity', 0);
				setGeometry(entered);
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
	joined.attr('data-key', (d) => d.key).attr('class', (d) => d.className);
	joined.filter((d) => d.kind === 'text').text((d) => (d.kind === 'text' ? d.text : ''));
	const target = settle(joined, duration);
	setGeometry(target);
	target.attr('opacity', (d) => markOpacity(d));
}

/** Marks match elements of the same kind and key; server-rendered elements carry no datum yet. */
function joinKey(this: Element, d: Mark | undefined): string {
	return d ? `${d.kind}:${d.key}` : `${this.localName}:${this.getAttribute('data-key') ?? ''}`;
}

function createMark(d: Mark): SVGElement {
	return document.createElementNS(SVG_NS, d.kind);
}

function settle(selection: MarkSelection, duration: number): AttrTarget {
	selection.interrupt();
	return duration > 0 ? selection.transition().duration(duration) : selection;
}

function setGeometry(target: AttrTarget): void {
	// Every known name, so an attribute a mark no longer has is removed (null).
	for (const name of GEOMETRY_ATTRIBUTES) target.attr(name, (d) => markAttributes(d)[name] ?? null);
}
