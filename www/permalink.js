// Share links: the accounts travel in the URL fragment (after `#`), which browsers never send to a
// server. The fragment is `c1=` followed by base64url (no padding) of the raw-DEFLATE-compressed
// UTF-8 JSON `{"accounts":[{"label","text"}],"reference","corrections"}`. Compression uses the
// browser's own CompressionStream, so it adds nothing to the wasm bundle. Imported by
// src/web/permalink.rs, which documents the JSON.

/** Largest decompressed payload accepted (bytes): guards against a link that inflates without end. */
const MAX_BYTES = 8 << 20;

/** Compresses `json` into the fragment payload. */
export async function pack(json) {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The JSON text a payload made by `pack` holds; throws if the payload is damaged or too large. */
export async function unpack(payload) {
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw new Error('the shared accounts are too large');
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks).arrayBuffer());
}
