/// <reference types="astro/client" />

declare namespace App {
	/** Per-page build context shared by the components of one article page. */
	interface Locals {
		/** The article being rendered: scrollies find their chart files under it. */
		article?: string;
		/** The article's section files, where components look up the line an error names. */
		sectionFiles?: readonly string[];
		/** Step ids already used on the page, to reject duplicates. */
		stepIds?: Set<string>;
		/** Each figure's number, by the id of its scrolly's first step (read from the MDX source). */
		figureNumbers?: ReadonlyMap<string, number>;
		/** For each chart on the page, the number of the first figure showing it (holds its table). */
		dataTableFigures?: ReadonlyMap<string, number>;
		/** Set while the scene files are built: each scrolly's packed scenes, by first step id. */
		scenes?: Map<string, string>;
	}
}
