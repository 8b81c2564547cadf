import { readPhotoMetadata, withoutPhotoMetadata } from '@/lib/photos/metadata';

/*
 * Photos leave this computer without where they were taken or with what (lib/photos/metadata): every
 * file chosen in the editor (its media library, a photo in the text) is cleaned in the browser, in
 * place, before Decap reads it; the picture itself is not encoded again. content:check refuses a
 * photo that reached the repository another way still holding a position.
 */

/** Inputs whose choice has been cleaned and is now handed on. */
const handedOn = new WeakSet<HTMLInputElement>();

async function clean(file: File): Promise<File> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const found = readPhotoMetadata(bytes);
  if (!found.gps && !found.camera) return file;
  return new File([withoutPhotoMetadata(bytes) as BlobPart], file.name, {
    type: file.type,
    lastModified: file.lastModified,
  });
}

/** Holds each file input's choice until its photos are cleaned, then hands Decap the clean files. */
export function cleanUploads() {
  document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      if (handedOn.delete(input)) return;
      event.stopImmediatePropagation();
      void Promise.all([...input.files].map(clean)).then((files) => {
        const transfer = new DataTransfer();
        for (const file of files) transfer.items.add(file);
        input.files = transfer.files;
        handedOn.add(input);
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    true,
  );
}
