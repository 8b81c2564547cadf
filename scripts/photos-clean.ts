// npm run photos:clean [-- <photo> …]: removes the position (GPS) and the camera's metadata from photos
// in place, without encoding them again (lib/photos/metadata): the named ones, or every photo in
// content/ and public/images/. content:check names this command when a photo still holds a position.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { contentDir } from '@/lib/env';
import { readPhotoMetadata, withoutPhotoMetadata } from '@/lib/photos/metadata';
import { photoExtensions } from '@/lib/photos/variants';
import { filesBelow } from '@/lib/files';

const photosIn = (dir: string) =>
  filesBelow(dir, (name) => photoExtensions.some((ext) => name.toLowerCase().endsWith(ext)));

const named = process.argv.slice(2).filter((a) => a !== '--');
const files = named.length > 0 ? named : [...photosIn(contentDir()), ...photosIn('public/images')];
let cleaned = 0;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`Файл жоқ · Файла нет: ${file}`);
    process.exitCode = 1;
    continue;
  }
  const bytes = new Uint8Array(readFileSync(file));
  const found = readPhotoMetadata(bytes);
  if (!found.gps && !found.camera) continue;
  // Written beside it, then put in its place: an interrupted run leaves the photo whole.
  writeFileSync(`${file}.clean`, withoutPhotoMetadata(bytes));
  renameSync(`${file}.clean`, file);
  cleaned += 1;
  console.log(`${relative(process.cwd(), file)}: ${found.gps ? 'GPS, ' : ''}камера · камера — өшірілді · удалено`);
}
console.log(`Тазартылған суреттер: ${cleaned} · Очищено фото: ${cleaned}`);
