import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Compares `actual` with `<dir>/<name>`. A missing file is written (and passes) locally but
 * fails on CI; a mismatch writes `<name without extension>-changed.<ext>` beside it and fails.
 */
export function compareGolden(dir: string, name: string, actual: string): void {
	const path = join(dir, name);
	const shown = relative(ROOT, path);
	const changed = path.replace(/(\.[a-z]+)$/, '-changed$1');
	if (!existsSync(path)) {
		if (process.env['CI']) {
			throw new Error(`Missing golden file ${shown}: run the tests locally and commit it.`);
		}
		writeFileSync(path, actual);
		return;
	}
	if (readFileSync(path, 'utf8') === actual) {
		rmSync(changed, { force: true });
		return;
	}
	writeFileSync(changed, actual);
	throw new Error(
		`${shown} changed: diff it against ${changed.slice(changed.lastIndexOf('/') + 1)}; if the change is intended, replace the golden file with it.`,
	);
}
