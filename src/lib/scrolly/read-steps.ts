import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, type ElementNode } from 'ultrahtml';

/** One `<Step>` as written in MDX, read back from its rendered markup. */
export interface AuthoredStep {
	/** Stable, kebab-case, unique in the article: the step's `#id` and deep link. */
	readonly id: string;
	/** The chart's complete target state, not yet checked against the chart's schema. */
	readonly state: unknown;
	/** One sentence on what the chart shows in this state (screen readers, print, embeds). */
	readonly description: string;
	/** The step's prose, as HTML. */
	readonly html: string;
}

/** A problem with how steps are written; `step` names the offending step where there is one. */
export class StepError extends Error {
	constructor(
		message: string,
		readonly step?: string,
	) {
		super(message);
	}
}

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads the rendered children of a `<Scrolly>`: every child must be a `<Step>` (an
 * `li[data-step-id]`) with a kebab-case id, a JSON state, a description and some prose.
 * Throws a `StepError` saying what is wrong and how to write it instead.
 */
export function readSteps(html: string): AuthoredStep[] {
	const children = (parse(html) as ElementNode).children;
	const steps: AuthoredStep[] = [];
	for (const node of children) {
		if (node.type === TEXT_NODE && node.value.trim() === '') continue;
		if (node.type !== ELEMENT_NODE || node.name !== 'li' || !('data-step-id' in node.attributes)) {
			const found =
				node.type === ELEMENT_NODE
					? `<${node.name}>`
					: `text “${String(node.value).trim().slice(0, 40)}”`;
			throw new StepError(
				`a <Scrolly> may contain only <Step> elements, but it contains ${found}. Fix: wrap that content in a <Step id="…" state={{…}} description="…">.`,
			);
		}
		steps.push(readStep(node));
	}
	if (steps.length === 0) {
		throw new StepError(
			'a <Scrolly> has no steps. Fix: add <Step> elements inside it, one per state of the chart.',
		);
	}
	return steps;
}

function readStep(node: ElementNode): AuthoredStep {
	const id = decodeEntities(node.attributes['data-step-id'] ?? '');
	if (!STEP_ID.test(id)) {
		throw new StepError(
			`step id "${id}" is not kebab-case. Fix: use lowercase words joined by hyphens, e.g. id="pueblo-seized".`,
			id,
		);
	}
	const description = decodeEntities(node.attributes['data-description'] ?? '').trim();
	if (!description) {
		throw new StepError(
			`step "${id}" has no description. Fix: add description="…", one sentence on what the chart shows in this step.`,
			id,
		);
	}
	const inner = renderSync({ type: 0, children: node.children } as never).trim();
	if (!inner) {
		throw new StepError(
			`step "${id}" is empty. Fix: write the prose this step shows beside its chart state.`,
			id,
		);
	}
	return { id, state: parseState(node, id), description, html: inner };
}

function parseState(node: ElementNode, id: string): unknown {
	const raw = node.attributes['data-state'];
	if (raw === undefined) {
		throw new StepError(
			`step "${id}" has no state. Fix: add state={{ … }}, the chart's complete state for this step.`,
			id,
		);
	}
	try {
		return JSON.parse(decodeEntities(raw));
	} catch {
		throw new StepError(
			`step "${id}" has a state that is not plain data. Fix: write state={{ … }} with numbers, strings, booleans and arrays only.`,
			id,
		);
	}
}

const NAMED: Readonly<Record<string, string>> = {
	quot: '"',
	amp: '&',
	lt: '<',
	gt: '>',
	apos: "'",
};

/** Undoes the entity escaping of an attribute value. */
export function decodeEntities(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X'))
			return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
		return NAMED[name] ?? entity;
	});
}
