import Scrolly from '../scrolly/Scrolly.astro';
import Step from '../scrolly/Step.astro';
import Cite from '../notes/Cite.astro';
import Note from '../notes/Note.astro';

/**
 * The components a section's MDX uses without importing them. The article page and the scene
 * files both render sections with this one map, so they cannot disagree.
 */
export const mdxComponents = { Scrolly, Step, Cite, Note };
