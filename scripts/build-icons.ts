// The site's icons, drawn from public/icon.svg (a constitution with a gold seal, in the site's colours):
// favicon.ico for browsers that ask for it, apple-touch-icon.png, and the web manifest's icons
// (app/[locale]/site.webmanifest), including a maskable one with room around the drawing.
import { readFileSync, writeFileSync } from 'node:fs';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';

const svg = readFileSync('public/icon.svg', 'utf8');
// Full-bleed: phones round the corners themselves, and a maskable icon may be cut to any shape.
const square = svg.replace(' rx="14"', '');
const padded = square.replace('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">', (open) =>
  open.replace('0 0 64 64', '-8 -8 80 80').concat('<rect x="-8" y="-8" width="80" height="80" fill="#083a66"/>'),
);

const png = (source: string, size: number) =>
  sharp(Buffer.from(source), { density: 72 * (size / 64) })
    .resize(size, size)
    .png()
    .toBuffer();

writeFileSync('public/apple-touch-icon.png', await png(square, 180));
writeFileSync('public/icon-192.png', await png(svg, 192));
writeFileSync('public/icon-512.png', await png(svg, 512));
writeFileSync('public/icon-maskable-512.png', await png(padded, 512));
writeFileSync('public/favicon.ico', await pngToIco(await Promise.all([16, 32, 48].map((size) => png(svg, size)))));
console.log('Icons: favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png, icon-maskable-512.png');
