// Every built page must be valid HTML: html-validate (rules in .htmlvalidate.json) always, and
// the Nu HTML Checker (the W3C validator) where Java is installed; and every link within a page
// (`href="#id"`) must name an element of that page. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const DIST = 'dist';
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.map((file) => join(DIST, file));
if (pages.length === 0) {
	console.error('No HTML in dist/: run `npm run build` first.');
	process.exit(1);
}

/** Runs a checker, passing its output through; true when it found nothing. */
function run(name, command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	const ok = result.status === 0;
	console.log(`${name}: ${ok ? `${pages.length} pages valid` : 'errors above'}`);
	return ok;
}

const htmlValidate = run('html-validate', 'npx', ['html-validate', ...pages]);

// Errors only: its warnings about CSP are about the file:// origin it checks from, not the site.
let nu = true;
if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0) {
	const jar = String(createRequire(import.meta.url)('vnu-jar'));
	nu = run('Nu HTML Checker', 'java', ['-jar', jar, '--errors-only', ...pages]);
} else {
	console.log('Nu HTML Checker: skipped, no `java` on this machine.');
}
// A page built from parts (an embed shows one section) must not point at a part it left out.
const broken = pages.flatMap((page) => {
	const html = readFileSync(page, 'utf8');
	const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
	return [...html.matchAll(/\shref="#([^"]+)"/g)]
		.map((m) => decodeURIComponent(m[1]))
		.filter((id) => !ids.has(id))
		.map((id) => `${page}: href="#${id}" names no element of the page`);
});
for (const line of new Set(broken)) console.error(line);
console.log(`In-page links: ${broken.length === 0 ? 'every one resolves' : 'broken ones above'}`);
process.exit(htmlValidate && nu && broken.length === 0 ? 0 : 1);
