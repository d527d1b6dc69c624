import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installedMatchesLock, lockedPackages, satisfies } from '../../../tools/lockfile.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'reader-lockfile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project folder whose node_modules holds `installed` (path → version). */
function project(installed: Record<string, string>): string {
	const root = mkdtempSync(join(scratch, 'project-'));
	const packages: Record<string, { version: string }> = {};
	for (const [path, version] of Object.entries(installed)) {
		mkdirSync(join(root, path), { recursive: true });
		writeFileSync(join(root, path, 'package.json'), JSON.stringify({ version }));
		packages[path] = { version };
	}
	mkdirSync(join(root, 'node_modules'), { recursive: true });
	writeFileSync(join(root, 'node_modules/.package-lock.json'), JSON.stringify({ packages }));
	return root;
}

const lock = {
	'': {},
	'node_modules/a': { version: '1.0.0' },
	'node_modules/b-darwin': { version: '2.0.0', optional: true },
};

describe('installedMatchesLock', () => {
	it('installedMatchesLock(lock) holds for this checkout: npm test installs nothing more', () => {
		expect(installedMatchesLock(lockedPackages('package-lock.json'))).toBe(true);
	});

	it('installedMatchesLock(lock, root) holds when every package is at its locked version', () => {
		expect(installedMatchesLock(lock, project({ 'node_modules/a': '1.0.0' }))).toBe(true);
	});

	it('installedMatchesLock(lock, root) fails on a missing, changed or extra package', () => {
		expect(installedMatchesLock(lock, join(scratch, 'nowhere'))).toBe(false);
		expect(installedMatchesLock(lock, project({}))).toBe(false);
		expect(installedMatchesLock(lock, project({ 'node_modules/a': '1.0.1' }))).toBe(false);
		const extra = project({ 'node_modules/a': '1.0.0', 'node_modules/c': '1.0.0' });
		expect(installedMatchesLock(lock, extra)).toBe(false);
	});
});

describe('satisfies', () => {
	it('satisfies(version, range) reads the >= and ^ ranges packages give for Node', () => {
		expect(satisfies('22.23.3', '>=22.12.0')).toBe(true);
		expect(satisfies('22.23.3', '^20.19.0 || >=22.12.0')).toBe(true);
		expect(satisfies('20.20.2', '>=22.12.0')).toBe(false);
		expect(satisfies('22.23.3', '>=23')).toBe(false);
		expect(satisfies('22.23.3', '~22.1')).toBe(false);
	});
});

describe('package.json', () => {
	const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
		scripts: Record<string, string>;
	};

	it('npm test and npm start install with the lockfile, never with npm install', () => {
		for (const name of ['test', 'start']) {
			expect(scripts[name]).toMatch(/^node tools\/ensure-install\.mjs && /);
			expect(scripts[name]).not.toContain('npm install');
		}
	});
});
