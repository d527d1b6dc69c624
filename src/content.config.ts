import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sectionIdFromPath } from './lib/content/section-id';
import { CslItem } from './lib/notes/csl-schema';

// Tests point this at a fixture folder to prove that bad content fails the build.
const contentRoot = process.env.READER_CONTENT_DIR ?? './content';
const articlesRoot = `${contentRoot}/articles`;

/** An article's own metadata: `content/articles/<slug>/article.yaml`. */
const articles = defineCollection({
	loader: glob({
		base: articlesRoot,
		pattern: '*/article.yaml',
		generateId: ({ entry }) => entry.split('/')[0] ?? entry,
	}),
	schema: z.strictObject({
		/** Title of this annotated reading, as shown in the page header and <title>. */
		title: z.string().min(1),
		/** One-sentence standfirst under the title. */
		dek: z.string().min(1),
		/** Two or three sentences for search results, link previews and the cover page. */
		summary: z.string().min(1),
		/** The work this article retells and annotates; credited on every page. */
		original: z.strictObject({
			/** The original's title, exactly as published. */
			title: z.string().min(1),
			/** Its author(s), as credited by the publisher. */
			author: z.string().min(1),
			/** One-line description of the author at the time of writing. */
			authorNote: z.string().min(1),
			/** Where it appeared, e.g. "Foreign Affairs". */
			outlet: z.string().min(1),
			/** Publication date as precisely as verified: YYYY, YYYY-MM or YYYY-MM-DD. */
			published: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'use YYYY, YYYY-MM or YYYY-MM-DD'),
			/** Human-readable form of the date, e.g. "February 2015". */
			publishedLabel: z.string().min(1),
			/** The publisher's own address for the original. */
			url: z.url(),
		}),
		/** Date this reading was last revised (YYYY-MM-DD). */
		updated: z.coerce.date(),
		/** Hidden from the home page and the sitemap; still built at its own URL (fixtures). */
		unlisted: z.boolean().default(false),
	}),
});

/** One section of an article: `content/articles/<slug>/NN-<section>.mdx`. */
const sections = defineCollection({
	loader: glob({
		base: articlesRoot,
		pattern: '*/[0-9][0-9]-*.mdx',
		generateId: ({ entry }) => sectionIdFromPath(entry).id,
	}),
	schema: z.strictObject({
		/** Heading of the section. */
		title: z.string().min(1),
		/** Short form for the table of contents and previous/next links. */
		shortTitle: z.string().min(1).max(32),
		/** One sentence on what the section argues; used in the contents and for embeds. */
		summary: z.string().min(1),
		/** First and last year the section covers, e.g. [1968, 1968]. */
		years: z
			.tuple([z.number().int().min(1900).max(2100), z.number().int().min(1900).max(2100)])
			.refine(([from, to]) => from <= to, 'the first year must not be after the last'),
		/** Small label above the heading, e.g. "Part 3". Defaults to the section number. */
		kicker: z.string().optional(),
		/** Whether an embeddable copy of the section is published (`/embed/<article>/<section>/`). */
		embeddable: z.boolean().default(true),
	}),
});

/**
 * A chart's data: `content/articles/<slug>/charts/<name>.json`, id `<slug>/<name>`. The envelope
 * and data are checked against the chart type's schema where a scrolly uses it (load-chart.ts),
 * so the error can name the step as well as the file.
 */
const charts = defineCollection({
	loader: glob({
		base: articlesRoot,
		pattern: '*/charts/*.json',
		generateId: ({ entry }) => entry.replace('/charts/', '/').replace(/\.json$/, ''),
	}),
	schema: z.looseObject({ type: z.string() }),
});

/** The bibliography every article cites from: `content/sources.json`, CSL-JSON. */
const sources = defineCollection({
	loader: file(`${contentRoot}/sources.json`),
	schema: CslItem,
});

export const collections = { articles, sections, charts, sources };
