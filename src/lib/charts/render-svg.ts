import { escapeXml } from '../util/escape';
import {
	markAttributes,
	markOpacity,
	opacityAttributes,
	plotViewportAttributes,
} from './mark-attributes';
import type { Mark, Scene } from './scene';

/** Options for `renderSvg`. */
export interface RenderSvgOptions {
	/** Unique on the page: prefixes the ids of <title> and <desc>. */
	readonly id: string;
	/**
	 * A copy assistive technology never meets (a step's figure is `aria-hidden`; its caption says
	 * what it shows): no role, <title> or <desc>, which every step would otherwise repeat, and no
	 * `data-key`, since no script takes it over.
	 */
	readonly hidden?: boolean;
}

/**
 * Renders a scene as SVG markup (build time): <title> and <desc> from the scene, data marks
 * clipped to `scene.plot` inside `svg.rd-data` (see `plotViewportAttributes`), frame marks
 * inside `g.rd-frame`; every visible mark of a copy that is not hidden carries `data-key`, so
 * `applyScene` can take the element over in the browser. Deterministic.
 */
export function renderSvg(scene: Scene, { id, hidden = false }: RenderSvgOptions): string {
	const label = hidden
		? ''
		: ` role="img" aria-labelledby="${escapeXml(`${id}-title ${id}-desc`)}"`;
	const names = hidden
		? []
		: [
				`\t<title id="${escapeXml(`${id}-title`)}">${escapeXml(scene.title)}</title>`,
				`\t<desc id="${escapeXml(`${id}-desc`)}">${escapeXml(scene.description)}</desc>`,
			];
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}"${label} class="rd-chart">`,
		...names,
		`\t<svg class="rd-data" ${attributes(plotViewportAttributes(scene.plot))}>`,
		...visible(scene, 'data').map((mark) => renderMark(mark, hidden)),
		'\t</svg>',
		'\t<g class="rd-frame">',
		...visible(scene, 'frame').map((mark) => renderMark(mark, hidden)),
		'\t</g>',
		'</svg>',
	].join('\n');
}

// Fully transparent marks (a coastline for the other framing, a label not yet revealed) are
// left out of the markup: they show nothing, and applyScene creates them if a later step needs
// them. On the map that halves the markup.
function visible(scene: Scene, layer: Mark['layer']): Mark[] {
	return scene.marks.filter((m) => m.layer === layer && markOpacity(m) > 0);
}

function renderMark(mark: Mark, hidden: boolean): string {
	const opacity = markOpacity(mark);
	const attrs = attributes({
		...(hidden ? {} : { 'data-key': mark.key }),
		class: mark.className,
		...markAttributes(mark),
		...(opacity < 1 ? opacityAttributes(opacity) : {}),
	});
	return mark.kind === 'text'
		? `\t\t<text ${attrs}>${escapeXml(mark.text)}</text>`
		: `\t\t<${mark.kind} ${attrs}/>`;
}

function attributes(values: Readonly<Record<string, string | number>>): string {
	return Object.entries(values)
		.map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
		.join(' ');
}
