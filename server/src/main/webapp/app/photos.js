// Photos from the tablet's camera are made small on the device before they are kept or sent:
// a 12-megapixel shot is 4-8 MB, which a poor connection cannot carry reliably. The server
// still enforces its own limit.
import { store } from './store.js';

/** The longest side of a stored photo, in pixels: enough to read a price tag. */
export const MAX_SIDE = 1600;
const QUALITY = 0.85;

/**
 * Downscales the picture, encodes it as JPEG and keeps it on the device until it is uploaded.
 * Answers the photo record; its id is the SHA-256 of the bytes, as the server names it.
 */
export async function keep(file, auditId) {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff'; // a transparent PNG becomes white, not black, as JPEG
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  const bytes = await blob.arrayBuffer();
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  const id = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const photo = { id, auditId, contentType: 'image/jpeg', blob, width, height, size: bytes.byteLength, uploaded: false };
  await store.put('photos', photo);
  return photo;
}

/** A URL to show a kept photo, or null when it is no longer on the device. */
export async function localUrl(id) {
  const photo = await store.get('photos', id);
  return photo ? URL.createObjectURL(photo.blob) : null;
}
