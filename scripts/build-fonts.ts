// Writes public/fonts/noto-sans-{latin,cyrillic,cyrillic-ext}.<hash>.woff2: the variable Noto Sans of
// @fontsource-variable/noto-sans, cut down to the characters the site can show (every character in
// content/ and messages/, plus whole alphabets so that new text rarely falls back), named by their
// bytes so that they can be cached for good. A phone downloads only the parts its page needs: their
// @font-face rules with unicode-range are .generated/fonts.css, and .generated/fonts.json lists the
// files for the layout's preloads. Also writes .generated/fallback-fonts.css (system fonts sized to
// Noto Sans) and
// .generated/fonts/noto-sans-<subset>-{400,700}.ttf, the same letters at two fixed weights, for the
// share images (lib/seo/share-image.tsx), whose renderer reads neither WOFF2 nor variable fonts.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFontFace, getMetricsForFamily } from 'fontaine';
import subsetFont from 'subset-font';
import { contentDir } from '../lib/env';
import { filesBelow } from '../lib/files';

const source = 'node_modules/@fontsource-variable/noto-sans/files';
// Fontsource's unicode-ranges, in the order a character is claimed.
const ranges: Record<string, [number, number][]> = {
  cyrillic: [
    [0x0301, 0x0301],
    [0x0400, 0x045f],
    [0x0490, 0x0491],
    [0x04b0, 0x04b1],
    [0x2116, 0x2116],
  ],
  'cyrillic-ext': [[0x0460, 0x052f]],
  latin: [
    [0x0000, 0x00ff],
    [0x2000, 0x206f],
    [0x20ac, 0x20ac],
    [0x2122, 0x2122],
    [0x2190, 0x2193],
    [0x2212, 0x2212],
  ],
};

/** The text of every text file below `dir` (photos beside the articles are not text). */
function textOf(dir: string): string {
  return filesBelow(dir, (name) => /\.(md|ya?ml|json)$/i.test(name))
    .map((path) => readFileSync(path, 'utf8'))
    .join('');
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
// Besides the letters: the punctuation the site writes, and the spaces Intl puts in dates and numbers
// (no-break, thin, narrow no-break).
const alphabets = [
  range(0x20, 0x7e),
  range(0x0410, 0x044f),
  'ЁёӘәҒғҚқҢңӨөҰұҮүҺһІі',
  '«»–—…№“”„‘’•·×→←↑↓€',
  '\u00a0\u2009\u202f',
].join('');
const used = new Set([...alphabets, ...textOf(contentDir()), ...textOf('messages')]);
const claimed = new Set<string>();

rmSync('public/fonts', { recursive: true, force: true });
mkdirSync('public/fonts', { recursive: true });
mkdirSync('.generated/fonts', { recursive: true });
const files: Record<string, string> = {};
const faceRules: string[] = [];
const hex = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;
for (const [subset, spans] of Object.entries(ranges)) {
  const inRange = [...used].filter((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return !claimed.has(c) && spans.some(([from, to]) => cp >= from && cp <= to);
  });
  for (const c of inRange) claimed.add(c);
  const text = inRange.join('');
  const input = readFileSync(join(source, `noto-sans-${subset}-wght-normal.woff2`));
  const output = await subsetFont(input, text, { targetFormat: 'woff2' });
  const file = `/fonts/noto-sans-${subset}.${createHash('sha256').update(output).digest('hex').slice(0, 12)}.woff2`;
  writeFileSync(`public${file}`, output);
  files[subset] = file;
  faceRules.push(
    [
      '@font-face {',
      "  font-family: 'Noto Sans Variable';",
      '  font-style: normal;',
      // Optional: the web font is used only if it is there by the first paint, so text never moves.
      '  font-display: optional;',
      '  font-weight: 100 900;',
      `  src: url('${file}') format('woff2-variations');`,
      `  unicode-range: ${spans.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to).slice(2)}`)).join(', ')};`,
      '}',
    ].join('\n'),
  );
  for (const wght of [400, 700]) {
    const ttf = await subsetFont(input, text, { targetFormat: 'truetype', variationAxes: { wght } });
    writeFileSync(`.generated/fonts/noto-sans-${subset}-${wght}.ttf`, ttf);
  }
  console.log(`Font ${subset}: ${inRange.length} characters, ${input.length} → ${output.length} bytes`);
}

// Fallback faces: the system fonts a reader may have, resized to take Noto Sans's room (fontaine's
// metrics), so that the page looks much the same before the web font has come, or without it.
const noto = await getMetricsForFamily('Noto Sans');
const fallbacks: [name: string, metricsOf: string, local: string[]][] = [
  ['Roboto', 'Roboto', ['Roboto']],
  ['Helvetica', 'Helvetica Neue', ['Helvetica Neue', 'Helvetica']],
  ['Segoe', 'Segoe UI', ['Segoe UI']],
  // Liberation Sans and Arimo are drawn to Arial's metrics.
  ['Arial', 'Arial', ['Arial', 'Liberation Sans', 'Arimo']],
];
const faces = await Promise.all(
  fallbacks.map(async ([name, metricsOf, local]) => {
    const metrics = (await getMetricsForFamily(metricsOf)) ?? undefined;
    if (!noto || !metrics) throw new Error(`no font metrics for ${metricsOf}`);
    return generateFontFace(noto, { name: `Noto Sans Fallback ${name}`, font: local[0]!, metrics }).replace(
      /src: local\("[^"]+"\);/,
      `src: ${local.map((l) => `local("${l}")`).join(', ')};`,
    );
  }),
);
writeFileSync('.generated/fallback-fonts.css', `${faces.join('\n')}\n`);
writeFileSync('.generated/fonts.css', `${faceRules.join('\n')}\n`);
writeFileSync('.generated/fonts.json', `${JSON.stringify(files, null, 2)}\n`);
