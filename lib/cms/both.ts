/** Kazakh, then Russian, in one label: the web editor shows one (lib/cms). */
export const both = (kk: string, ru: string) => `${kk} · ${ru}`;

/** A required field's label ends with this mark (the guide explains it; Decap marks the optional ones). */
export const REQUIRED_MARK = ' *';
