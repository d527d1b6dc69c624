/**
 * Writes a stylesheet's rules, resolved for the light theme, into each element of a chart's SVG
 * as a `style` attribute (build time). The thumbnail's rasteriser (resvg) reads neither the
 * page's stylesheet nor custom properties, `light-dark()`, `color-mix()` or `calc()`; this
 * resolves the small subset of CSS that charts.css uses, so the PNG shows the chart's own colours.
 */

/** The properties a rasteriser needs to draw the marks; layout-only properties are left out. */
const PAINT = new Set([
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'font-family',
	'font-size',
	'font-weight',
]);

interface Rule {
	readonly selector: readonly Compound[];
	readonly specificity: number;
	readonly order: number;
	readonly declarations: readonly (readonly [string, string])[];
}

interface Compound {
	readonly tag: string | undefined;
	readonly classes: readonly string[];
}

interface Element {
	readonly tag: string;
	readonly classes: readonly string[];
	/** Custom properties in effect: inherited, then its own. */
	readonly variables: ReadonlyMap<string, string>;
}

/** The light-theme values of the custom properties declared on `:root` in `css`. */
export function lightTokens(css: string): Map<string, string> {
	const root = /:root\s*\{([^}]*)\}/.exec(stripComments(css))?.[1] ?? '';
	return new Map(
		declarations(root)
			.filter(([name]) => name.startsWith('--'))
			.map(([name, value]) => [name, lightValue(value)]),
	);
}

/** `svg` with every element's matching rules from `css` resolved into its `style` attribute. */
export function inlineStyles(
	svg: string,
	css: string,
	tokens: ReadonlyMap<string, string>,
): string {
	const rules = parseRules(css);
	const open: Element[] = [];
	return svg.replace(
		/<(\/?)([a-zA-Z][\w-]*)((?:[^>"]|"[^"]*")*?)(\/?)>/g,
		(tag, closing: string, name: string, attrs: string, selfClosing: string) => {
			if (closing) {
				open.pop();
				return tag;
			}
			const classes = (/\sclass="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/).filter(Boolean);
			const inline = /\sstyle="([^"]*)"/.exec(attrs)?.[1] ?? '';
			const matched = rules
				.filter((rule) => matches(rule.selector, { tag: name, classes }, open))
				.sort((a, b) => a.specificity - b.specificity || a.order - b.order)
				.flatMap((rule) => rule.declarations)
				.concat(declarations(inline));
			const variables = new Map(open.at(-1)?.variables ?? tokens);
			for (const [prop, value] of matched) if (prop.startsWith('--')) variables.set(prop, value);
			const element: Element = { tag: name, classes, variables };
			if (!selfClosing) open.push(element);
			const paint = new Map<string, string>();
			for (const [prop, value] of matched) {
				if (PAINT.has(prop)) paint.set(prop, resolve(value, variables));
			}
			if (paint.size === 0) return tag;
			const style = [...paint].map(([prop, value]) => `${prop}:${value}`).join(';');
			const rest = attrs.replace(/\sstyle="[^"]*"/, '');
			return `<${name}${rest} style="${style.replaceAll('"', '&quot;')}"${selfClosing}>`;
		},
	);
}

function stripComments(css: string): string {
	return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

function declarations(block: string): [string, string][] {
	return block
		.split(';')
		.map((d) => d.split(':'))
		.filter((parts) => parts.length >= 2)
		.map(([prop = '', ...value]) => [prop.trim(), value.join(':').trim()]);
}

function parseRules(css: string): Rule[] {
	const rules: Rule[] = [];
	for (const [, selectors = '', body = ''] of stripComments(css).matchAll(/([^{}]+)\{([^}]*)\}/g)) {
		for (const selector of selectors.split(',')) {
			const compounds = selector.trim().split(/\s+/).map(parseCompound);
			const specificity = compounds.reduce(
				(sum, c) => sum + c.classes.length * 10 + (c.tag ? 1 : 0),
				0,
			);
			rules.push({
				selector: compounds,
				specificity,
				order: rules.length,
				declarations: declarations(body),
			});
		}
	}
	return rules;
}

function parseCompound(text: string): Compound {
	const [tag, ...classes] = text.split('.');
	return { tag: tag || undefined, classes };
}

function matchesCompound(compound: Compound, element: Pick<Element, 'tag' | 'classes'>): boolean {
	return (
		(compound.tag === undefined || compound.tag === element.tag) &&
		compound.classes.every((c) => element.classes.includes(c))
	);
}

// Descendant combinators only, which is all charts.css uses.
function matches(
	selector: readonly Compound[],
	element: Pick<Element, 'tag' | 'classes'>,
	ancestors: readonly Element[],
): boolean {
	const last = selector.at(-1);
	if (!last || !matchesCompound(last, element)) return false;
	let depth = ancestors.length - 1;
	for (let i = selector.length - 2; i >= 0; i--) {
		const compound = selector[i] as Compound;
		while (depth >= 0 && !matchesCompound(compound, ancestors[depth] as Element)) depth--;
		if (depth < 0) return false;
		depth--;
	}
	return true;
}

/** The light half of `light-dark(light, dark)`, or the value as it is. */
function lightValue(value: string): string {
	const match = /^light-dark\(\s*([^,]+),/.exec(value);
	return match?.[1]?.trim() ?? value;
}

function resolve(value: string, variables: ReadonlyMap<string, string>): string {
	let out = value;
	// Innermost var() first, so a fallback may itself hold a var().
	for (let guard = 0; guard < 20 && out.includes('var('); guard++) {
		out = out.replace(
			/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
			(_, name: string, fallback?: string) => lightValue(variables.get(name) ?? fallback ?? ''),
		);
	}
	out = out.replace(
		/color-mix\(in srgb,\s*(#[0-9a-f]{6})\s+([\d.]+)%,\s*transparent\)/gi,
		(_, hex: string, percent: string) => rgba(hex, Number(percent) / 100),
	);
	out = out.replace(/calc\(\s*([\d.]+)\s*\/\s*([\d.]+)\s*\)/g, (_, a: string, b: string) =>
		String(Number(a) / Number(b)),
	);
	return out === 'transparent' ? 'none' : out;
}

function rgba(hex: string, alpha: number): string {
	const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16);
	return `rgba(${channel(1)},${channel(3)},${channel(5)},${alpha})`;
}
