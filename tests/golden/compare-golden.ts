import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where golden files live. */
export const GOLDEN_OUTPUT = new URL('./output/', import.meta.url).pathname;

/**
 * Compares `actual` with `output/<name>`. A missing file is written (and passes) locally but
 * fails on CI; a mismatch writes `<name without extension>-changed.<ext>` beside it and fails.
 */
export function compareGolden(name: string, actual: string): void {
	const path = join(GOLDEN_OUTPUT, name);
	const changed = path.replace(/(\.[a-z]+)$/, '-changed$1');
	if (!existsSync(path)) {
		if (process.env['CI']) {
			throw new Error(
				`Missing golden file tests/golden/output/${name}: run the tests locally and commit it.`,
			);
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
		`tests/golden/output/${name} changed: diff it against ${changed.slice(changed.lastIndexOf('/') + 1)}; if the change is intended, replace the golden file with it.`,
	);
}
