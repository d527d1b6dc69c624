import { describe, expect, test } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/render-svg';
import type { Scene } from '../../../src/lib/charts/scene';

const scene: Scene = {
	width: 640,
	height: 400,
	plot: { x: 40.04, y: 16, width: 584.26, height: 356 },
	title: 'Rates & <risks>',
	description: 'A "quoted" description.',
	marks: [
		{
			kind: 'text',
			key: 'x-1970',
			className: 'rd-axis-label',
			layer: 'frame',
			x: 100.04,
			y: 392,
			text: '1970',
			anchor: 'middle',
		},
		{
			kind: 'rect',
			key: 'period-1969',
			className: 'rd-period rd-period--detente',
			layer: 'data',
			x: 10.26,
			y: 20,
			width: 99.99,
			height: 40,
			opacity: 0.25,
		},
		{
			kind: 'circle',
			key: 'event-a',
			className: 'rd-event',
			layer: 'data',
			cx: 1,
			cy: 2,
			r: 4.5,
			opacity: 1,
		},
		{
			kind: 'text',
			key: 'event-a-label',
			className: 'rd-event-label',
			layer: 'data',
			x: 1,
			y: 2,
			text: 'Tom & "Jerry" <3',
			anchor: 'start',
		},
	],
};

describe('renderSvg', () => {
	const svg = renderSvg(scene, { id: 'fig-1' });

	test('renderSvg(scene, { id }) names the figure with <title> and <desc> via aria-labelledby', () => {
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 400" role="img" aria-labelledby="fig-1-title fig-1-desc" class="rd-chart">/,
		);
		expect(svg).toContain('<title id="fig-1-title">Rates &amp; &lt;risks&gt;</title>');
		expect(svg).toContain('<desc id="fig-1-desc">A &quot;quoted&quot; description.</desc>');
		expect(svg.endsWith('</svg>')).toBe(true);
	});

	test('renderSvg(scene, { id, hidden: true }) leaves out the role, <title>, <desc> and keys, not the marks', () => {
		const hidden = renderSvg(scene, { id: 'fig-1', hidden: true });
		expect(hidden).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 400" class="rd-chart">\n\t<svg class="rd-data"/,
		);
		expect(hidden).not.toMatch(/<title|<desc|role=|aria-/);
		expect(hidden.slice(hidden.indexOf('<svg class="rd-data"'))).toBe(
			svg.slice(svg.indexOf('<svg class="rd-data"')).replace(/ data-key="[^"]*"/g, ''),
		);
	});

	test('renderSvg(scene, { id }) clips data marks to the plot and leaves frame marks unclipped', () => {
		const viewport =
			'<svg class="rd-data" x="40" y="16" width="584.3" height="356" viewBox="40 16 584.3 356" preserveAspectRatio="none" overflow="hidden">';
		expect(svg).toContain(viewport);
		const data = svg.slice(svg.indexOf(viewport), svg.indexOf('<g class="rd-frame">'));
		const frame = svg.slice(svg.indexOf('<g class="rd-frame">'));
		expect(data).toContain('data-key="period-1969"');
		expect(data).toContain('data-key="event-a-label"');
		expect(data).not.toContain('data-key="x-1970"');
		expect(frame).toContain('data-key="x-1970"');
	});

	test('renderSvg(scene, { id }) writes each mark with key, class, rounded geometry and opacity below 1', () => {
		expect(svg).toContain(
			'<rect data-key="period-1969" class="rd-period rd-period--detente" x="10.3" y="20" width="100" height="40" fill-opacity="0.25" stroke-opacity="0.25"/>',
		);
		expect(svg).toContain('<circle data-key="event-a" class="rd-event" cx="1" cy="2" r="4.5"/>');
		expect(svg).toContain(
			'<text data-key="x-1970" class="rd-axis-label" x="100" y="392" text-anchor="middle">1970</text>',
		);
	});

	test('renderSvg(scene, { id }) escapes text content and attribute values', () => {
		expect(svg).toContain('>Tom &amp; &quot;Jerry&quot; &lt;3</text>');
		const hostile = renderSvg({ ...scene, marks: [] }, { id: 'a"b' });
		expect(hostile).toContain('aria-labelledby="a&quot;b-title a&quot;b-desc"');
		expect(hostile).not.toContain('a"b');
	});

	test('renderSvg(scene, { id }) keeps the scene order within each layer and is deterministic', () => {
		expect(svg.indexOf('period-1969')).toBeLessThan(svg.indexOf('"event-a"'));
		expect(renderSvg(scene, { id: 'fig-1' })).toBe(svg);
	});
});

describe('renderSvg: hidden marks', () => {
	test('renderSvg(scene) leaves fully transparent marks out of the markup', () => {
		const svg = renderSvg(
			{
				width: 10,
				height: 10,
				plot: { x: 0, y: 0, width: 10, height: 10 },
				title: 'T',
				description: 'D',
				marks: [
					{
						kind: 'circle',
						key: 'shown',
						className: 'a',
						layer: 'data',
						cx: 1,
						cy: 1,
						r: 1,
						opacity: 0.5,
					},
					{
						kind: 'circle',
						key: 'hidden',
						className: 'a',
						layer: 'data',
						cx: 1,
						cy: 1,
						r: 1,
						opacity: 0,
					},
				],
			},
			{ id: 'x' },
		);
		expect(svg).toContain('data-key="shown"');
		expect(svg).not.toContain('data-key="hidden"');
	});
});
