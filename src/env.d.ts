/// <reference types="astro/client" />

declare namespace App {
	/** Per-page build context shared by the components of one article page. */
	interface Locals {
		/** The article being rendered: scrollies find their chart files under it. */
		article?: string;
		/** Step ids already used on the page, to reject duplicates. */
		stepIds?: Set<string>;
		/** Set while the scene files are built: each scrolly's packed scenes, by first step id. */
		scenes?: Map<string, string>;
	}
}
