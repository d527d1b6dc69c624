import { describe, expect, it } from 'vitest';
import { customMediaPlugin, resolveCustomMedia } from '../../../src/lib/util/custom-media';

const MEDIA = { '--rd-wide': '(min-width: 68rem)', '--rd-tall': '(min-height: 34rem)' };

describe('resolveCustomMedia', () => {
	it('resolveCustomMedia(params, media) replaces each (--name) with its query', () => {
		expect(resolveCustomMedia('screen and (--rd-tall) and (--rd-wide)', MEDIA)).toBe(
			'screen and (min-height: 34rem) and (min-width: 68rem)',
		);
	});

	it('resolveCustomMedia(params, media) leaves other queries alone', () => {
		expect(resolveCustomMedia('(prefers-reduced-motion: reduce)', MEDIA)).toBe(
			'(prefers-reduced-motion: reduce)',
		);
	});

	it('resolveCustomMedia(params, media) fails on an unknown name, listing the known ones', () => {
		expect(() => resolveCustomMedia('(--rd-wdie)', MEDIA)).toThrowErrorMatchingInlineSnapshot(
			`[Error: unknown custom media "--rd-wdie". Fix: use one of --rd-wide, --rd-tall (src/styles/breakpoints.ts).]`,
		);
	});
});

describe('customMediaPlugin', () => {
	it('customMediaPlugin(media) rewrites a @media rule and reports errors on the rule', () => {
		const plugin = customMediaPlugin(MEDIA);
		const rule = {
			params: '(--rd-wide)',
			error: (message: string) => new Error(`at 3:1: ${message}`),
		};
		plugin.AtRule.media(rule);
		expect(rule.params).toBe('(min-width: 68rem)');
		expect(() => plugin.AtRule.media({ ...rule, params: '(--nope)' })).toThrow(/^at 3:1: unknown/);
	});
});
