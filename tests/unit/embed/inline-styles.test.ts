import { describe, expect, it } from 'vitest';
import { inlineStyles, lightTokens } from '../../../src/lib/embed/inline-styles';

const tokens = lightTokens(`/* tokens */
:root {
	color-scheme: light dark;
	--rd-text: light-dark(#111111, #eeeeee);
	--rd-accent: light-dark(#a33a1c, #ee8a6a);
	--rd-font-ui: 'Source Sans 3', sans-serif;
}
:root[data-theme='dark'] { color-scheme: dark; }`);

const css = `
.rd-chart { font-family: var(--rd-font-ui); display: block; font-size: 12px; }
.rd-chart text { fill: var(--rd-text); }
.rd-chart .rd-label { fill: var(--rd-accent); }
.rd-chart .rd-bar--a { --rd-bar-colour: var(--rd-accent); }
.rd-chart .rd-bar { fill: color-mix(in srgb, var(--rd-bar-colour, #000000) 25%, transparent); }
.rd-chart .rd-row { fill: transparent; }
.rd-chart .rd-land { stroke-width: calc(0.5 / var(--rd-zoom, 1)); }
`;

describe('lightTokens', () => {
	it('takes the light half of light-dark() and keeps other values', () => {
		expect(tokens.get('--rd-text')).toBe('#111111');
		expect(tokens.get('--rd-font-ui')).toBe("'Source Sans 3', sans-serif");
		expect(tokens.has('color-scheme')).toBe(false);
	});
});

describe('inlineStyles', () => {
	it('writes the resolved paint properties of the matching rules, and only those', () => {
		const out = inlineStyles('<svg class="rd-chart"><text>a</text></svg>', css, tokens);
		expect(out).toBe(
			`<svg class="rd-chart" style="font-family:'Source Sans 3', sans-serif;font-size:12px"><text style="fill:#111111">a</text></svg>`,
		);
	});

	it('lets the more specific rule win over the earlier, less specific one', () => {
		const out = inlineStyles(
			'<svg class="rd-chart"><text class="rd-label">a</text></svg>',
			css,
			tokens,
		);
		expect(out).toContain('<text class="rd-label" style="fill:#a33a1c">');
	});

	it('resolves custom properties set by another class of the same element', () => {
		const out = inlineStyles(
			'<svg class="rd-chart"><rect class="rd-bar rd-bar--a"/></svg>',
			css,
			tokens,
		);
		expect(out).toContain('style="fill:rgba(163,58,28,0.25)"/>');
	});

	it('uses var() fallbacks, inherited and inline custom properties, and divides in calc()', () => {
		const svg =
			'<svg class="rd-chart"><g style="--rd-zoom:4"><path class="rd-land"/></g><path class="rd-land"/></svg>';
		const out = inlineStyles(svg, css, tokens);
		expect(out).toContain('<path class="rd-land" style="stroke-width:0.125"/></g>');
		expect(out).toContain('</g><path class="rd-land" style="stroke-width:0.5"/>');
	});

	it('draws nothing for transparent, and leaves marks outside the chart alone', () => {
		expect(
			inlineStyles('<svg class="rd-chart"><rect class="rd-row"/></svg>', css, tokens),
		).toContain('style="fill:none"');
		expect(inlineStyles('<svg><text>a</text></svg>', css, tokens)).toBe(
			'<svg><text>a</text></svg>',
		);
	});
});
