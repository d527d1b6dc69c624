import { describe, expect, test } from 'vitest';
import {
	formatDate,
	fractionalYear,
	isCalendarDate,
} from '../../../../src/lib/charts/two-track-timeline/dates';

describe('dates', () => {
	test('fractionalYear(date) is the middle of the year, month or day named', () => {
		expect(fractionalYear('1968')).toBe(1968.5);
		expect(fractionalYear('1968-01')).toBeCloseTo(1968 + 15.5 / 366);
		expect(fractionalYear('2015-12-31')).toBeCloseTo(2016 - 0.5 / 365);
	});

	test('formatDate(date) writes the precision given', () => {
		expect(['1996', '1984-05', '1968-01-23'].map(formatDate)).toEqual([
			'1996',
			'May 1984',
			'23 Jan 1968',
		]);
	});

	test('isCalendarDate(date) accepts YYYY, YYYY-MM, YYYY-MM-DD that exist', () => {
		expect(['1996', '1984-05', '2024-02-29'].every(isCalendarDate)).toBe(true);
		expect(
			['96', '1984-13', '2023-02-29', '1968-1-23', '1968-01-23T00:00'].some(isCalendarDate),
		).toBe(false);
	});
});
