// `npm test` and `npm start` begin here: install exactly what package-lock.json pins, with
// `npm ci`, when node_modules is missing or does not match it, and otherwise do nothing. Unlike
// `npm install`, this never rewrites package.json or the lockfile.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;

/** Whether node_modules holds every locked package at its locked version, and nothing else. */
function installedMatchesLock() {
	const hidden = 'node_modules/.package-lock.json';
	if (!existsSync(hidden)) return false;
	const installed = JSON.parse(readFileSync(hidden, 'utf8')).packages ?? {};
	for (const [path, entry] of Object.entries(lock)) {
		if (path === '') continue;
		const found = installed[path];
		// Optional packages for other platforms (e.g. a macOS build of a native module) stay out.
		if (!found && entry.optional) continue;
		if (!found || found.version !== entry.version) return false;
		if (!existsSync(join(path, 'package.json'))) return false;
	}
	return Object.keys(installed).every((path) => path in lock);
}

/** Whether Node `version` (e.g. "22.23.3") meets a simple range: `>=22.12.0`, `^20.19 || >=22`. */
function satisfies(version, range) {
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

if (installedMatchesLock()) process.exit(0);

// npm checks engines against the Node it runs on. On a first install that is the system's
// (Node 20 is enough to install), while the project then runs on the Node its `node`
// devDependency brings: warnings for packages that Node meets are true but beside the point,
// so they are summed up in one line. Any other warning is printed as npm wrote it.
const projectNode = lock['node_modules/node']?.version ?? '';
const npm = spawn('npm', ['ci', '--no-audit', '--no-fund'], {
	stdio: ['inherit', 'inherit', 'pipe'],
});
const metByProjectNode = [];
let block = [];
let pending = '';
npm.stderr.setEncoding('utf8');
npm.stderr.on('data', (chunk) => {
	const lines = (pending + chunk).split('\n');
	pending = lines.pop() ?? '';
	for (const line of lines) {
		if (!line.startsWith('npm warn EBADENGINE')) {
			process.stderr.write(`${line}\n`);
			continue;
		}
		block.push(line);
		if (line !== 'npm warn EBADENGINE }') continue;
		const text = block.join('\n');
		block = [];
		const pkg = /package: '([^']+)'/.exec(text)?.[1];
		const node = /required: \{[^}]*node: '([^']+)'/.exec(text)?.[1];
		const npmWanted = /required: \{[^}]*\bnpm: '([^']+)'/.exec(text)?.[1];
		const npmHere = /current: \{[^}]*\bnpm: '([^']+)'/.exec(text)?.[1] ?? '';
		const npmMet = !npmWanted || satisfies(npmHere, npmWanted);
		if (pkg && node && npmMet && projectNode && satisfies(projectNode, node)) {
			metByProjectNode.push(`${pkg} (${node})`);
		} else {
			process.stderr.write(`${text}\n`);
		}
	}
});
npm.on('close', (code) => {
	if (pending) process.stderr.write(pending);
	if (metByProjectNode.length > 0) {
		console.warn(
			`npm ran on Node ${process.version}; ${metByProjectNode.length} packages want a newer Node, which they get: ` +
				`the project runs on the Node ${projectNode} it installs. ${metByProjectNode.join(', ')}.`,
		);
	}
	process.exit(code ?? 1);
});
