import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { formatIssues } from '../../../src/lib/util/format-issues';

describe('formatIssues', () => {
	const Schema = z.strictObject({ events: z.array(z.strictObject({ date: z.string() })) });

	test('formatIssues(error, prefix) writes one line per issue with a dotted, indexed path', () => {
		const error = Schema.safeParse({ events: [{ date: 1 }], extra: true }).error;
		expect(error && formatIssues(error, 'data')).toMatchInlineSnapshot(`
			"  - data.events[0].date: Invalid input: expected string, received number
			  - data: Unrecognized key: "extra""
		`);
	});

	test('formatIssues(error) names an issue at the root "(top level)"', () => {
		const error = Schema.safeParse('nope').error;
		expect(error && formatIssues(error)).toBe(
			'  - (top level): Invalid input: expected object, received string',
		);
	});
});
