// `npm test` and `npm start` begin here: install exactly what package-lock.json pins, with
// `npm ci`, when node_modules is missing or does not match it, and otherwise do nothing. Unlike
// `npm install`, this never rewrites package.json or the lockfile.
import { spawn } from 'node:child_process';
import { installedMatchesLock, lockedPackages, satisfies } from './lockfile.mjs';

const lock = lockedPackages('package-lock.json');

if (installedMatchesLock(lock)) process.exit(0);

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
