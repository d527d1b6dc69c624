import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A failed build must not leave the output folder looking like a site. Astro empties its outDir
 * before it renders a page, so a page that fails would leave assets and no HTML. This builds
 * into a folder beside it instead and swaps the two only once every other integration is done:
 * after a failure, `dist/` still holds the last good build and the partial output is removed.
 * List it last in `integrations`, so the files the others write are part of the swap.
 */
export function keepLastGoodBuild(): AstroIntegration {
	let outDir = '';
	let building = '';
	let finished = false;
	return {
		name: 'reader:keep-last-good-build',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				outDir = fileURLToPath(config.outDir);
				building = join(dirname(outDir), `.${basename(outDir)}-building`);
				rmSync(building, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${building}/`) });
				process.once('exit', (code) => {
					if (finished || code === 0) return;
					rmSync(building, { recursive: true, force: true });
					const shown = relative(process.cwd(), outDir) || outDir;
					logger.error(
						existsSync(join(outDir, 'index.html'))
							? `The build failed: its partial output was removed, and ${shown}/ still holds the last good build.`
							: `The build failed: its partial output was removed; there is no earlier build in ${shown}/.`,
					);
				});
			},
			'astro:build:done': ({ logger }) => {
				rmSync(outDir, { recursive: true, force: true });
				renameSync(building, outDir);
				finished = true;
				logger.info(`Built into ${relative(process.cwd(), outDir) || outDir}/.`);
			},
		},
	};
}
