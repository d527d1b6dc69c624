// What tools/ensure-install.mjs decides with, kept apart so the unit tests can call it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `packages` of a lockfile (package-lock.json, or npm's node_modules/.package-lock.json). */
export function lockedPackages(file) {
	return JSON.parse(readFileSync(file, 'utf8')).packages ?? {};
}

/** Whether node_modules holds every locked package at its locked version, and nothing else. */
export function installedMatchesLock(lock, root = '.') {
	const hidden = join(root, 'node_modules/.package-lock.json');
	if (!existsSync(hidden)) return false;
	const installed = lockedPackages(hidden);
	for (const [path, entry] of Object.entries(lock)) {
		if (path === '') continue;
		const found = installed[path];
		// Optional packages for other platforms (e.g. a macOS build of a native module) stay out.
		if (!found && entry.optional) continue;
		if (!found || found.version !== entry.version) return false;
		if (!existsSync(join(root, path, 'package.json'))) return false;
	}
	return Object.keys(installed).every((path) => path in lock);
}

/** Whether Node `version` (e.g. "22.23.3") meets a simple range: `>=22.12.0`, `^20.19 || >=22`. */
export function satisfies(version, range) {
	const [major, minor, patch] = version.split('.').map(Number);
	const at = (v) => v.split('.').map(Number).concat(0, 0).slice(0, 3);
	const atLeast = ([a, b, c]) => major - a || minor - b || patch - c;
	return range.split('||').some((part) => {
		const simple = /^\s*(>=|\^)\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(part);
		if (!simple) return false;
		const wanted = at(simple[2]);
		return atLeast(wanted) >= 0 && (simple[1] === '>=' || major === wanted[0]);
	});
}
