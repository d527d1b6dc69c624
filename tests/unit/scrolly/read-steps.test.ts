import { describe, expect, it } from 'vitest';
import { decodeEntities, readSteps } from '../../../src/lib/scrolly/read-steps';

const step = (id: string, state: string, description: string, body = '<p>Prose.</p>') =>
	`<li data-step-id="${id}" data-state="${state}" data-description="${description}">${body}</li>`;

describe('readSteps', () => {
	it('readSteps(html) reads each step’s id, state, description and prose in order', () => {
		const html = `\n${step('a-one', '{&quot;from&quot;:1961}', 'First.')}\n${step('b-two', '{&quot;x&quot;:[1,2]}', 'Second &amp; last.', '<p>Two <ul><li>nested</li></ul></p>')}\n`;
		expect(readSteps(html)).toEqual([
			{ id: 'a-one', state: { from: 1961 }, description: 'First.', html: '<p>Prose.</p>' },
			{
				id: 'b-two',
				state: { x: [1, 2] },
				description: 'Second & last.',
				html: '<p>Two <ul><li>nested</li></ul></p>',
			},
		]);
	});

	it('readSteps(html) rejects content that is not a step', () => {
		expect(() => readSteps('<p>stray</p>')).toThrowErrorMatchingInlineSnapshot(
			`[Error: a <Scrolly> may contain only <Step> elements, but it contains <p>. Fix: wrap that content in a <Step id="…" state={{…}} description="…">.]`,
		);
	});

	it('readSteps(html) rejects a scrolly without steps', () => {
		expect(() => readSteps('  ')).toThrow(/has no steps/);
	});

	it('readSteps(html) rejects a step without a description, naming the step', () => {
		expect(() => readSteps(step('no-words', '{}', ''))).toThrowErrorMatchingInlineSnapshot(
			`[Error: step "no-words" has no description. Fix: add description="…", one sentence on what the chart shows in this step.]`,
		);
	});

	it('readSteps(html) rejects an empty step and an id that is not kebab-case', () => {
		expect(() => readSteps(step('empty', '{}', 'D.', ' '))).toThrow(/step "empty" is empty/);
		expect(() => readSteps(step('Step 1', '{}', 'D.'))).toThrow(/not kebab-case/);
	});
});

describe('decodeEntities', () => {
	it('decodeEntities decodes named and numeric entities', () => {
		expect(decodeEntities('&quot;a&quot; &amp; &#39;b&#x27; &lt;c&gt; &nbsp;')).toBe(
			`"a" & 'b' <c> &nbsp;`,
		);
	});
});
