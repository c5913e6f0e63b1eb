// Stable identity: a key is a hash of the card's kind and the normalized text of its passage, so
// edits elsewhere in a document never change it. SHA-256 is implemented here to keep the module
// free of platform APIs (it runs in the browser preview too).

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
// Scratch space reused between calls: hashing thousands of short keys is dominated by allocation otherwise.
const schedule = new Int32Array(64);
let scratch = new Uint8Array(1024);

function wordHex(word: number): string {
  return (HEX[(word >>> 24) & 0xff] as string) + (HEX[(word >>> 16) & 0xff] as string) + (HEX[(word >>> 8) & 0xff] as string) + (HEX[word & 0xff] as string);
}

export function sha256Hex(text: string): string {
  const maxBytes = text.length * 3 + 72;
  if (scratch.length < maxBytes) scratch = new Uint8Array(maxBytes * 2);
  const length = encoder.encodeInto(text, scratch).written;
  const total = ((length + 9 + 63) >> 6) << 6;
  const padded = scratch;
  padded.fill(0, length, total);
  padded[length] = 0x80;
  const bitLength = length * 8;
  const high = Math.floor(bitLength / 0x100000000);
  const low = bitLength >>> 0;
  for (let shift = 0; shift < 4; shift++) {
    padded[total - 8 + shift] = (high >>> (24 - shift * 8)) & 0xff;
    padded[total - 4 + shift] = (low >>> (24 - shift * 8)) & 0xff;
  }
  let h0 = 0x6a09e667, h1 = 0xbb67ae85, h2 = 0x3c6ef372, h3 = 0xa54ff53a, h4 = 0x510e527f, h5 = 0x9b05688c, h6 = 0x1f83d9ab, h7 = 0x5be0cd19;
  const w = schedule;
  for (let offset = 0; offset < total; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const at = offset + t * 4;
      w[t] = ((padded[at] as number) << 24) | ((padded[at + 1] as number) << 16) | ((padded[at + 2] as number) << 8) | (padded[at + 3] as number);
    }
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15] as number;
      const b = w[t - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const temp1 = (h + s1 + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const temp2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + temp1) | 0;
      d = c;
      c = b;
      b = a;
      a = (temp1 + temp2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return wordHex(h0) + wordHex(h1) + wordHex(h2) + wordHex(h3) + wordHex(h4) + wordHex(h5) + wordHex(h6) + wordHex(h7);
}

/** The form of a passage that identity depends on: case, spacing and quote style do not count. */
function normalizeForKey(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return /\s\s|[\t\n\r]|^\s|\s$/.test(text) ? text.toLowerCase().replace(/\s+/g, " ").trim() : text.toLowerCase();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const KEY_LENGTH = 20;

/** Key of a card or quiz item: its kind plus the passage it comes from plus what sets it apart from siblings. */
export function makeKey(kind: string, passage: string, discriminator = ""): string {
  return sha256Hex(`${kind}\u241f${normalizeForKey(passage)}\u241f${normalizeForKey(discriminator)}`).slice(0, KEY_LENGTH);
}

function makePassageKey(passage: string): string {
  return sha256Hex(`passage\u241f${normalizeForKey(passage)}`).slice(0, KEY_LENGTH);
}

/** makePassageKey with memory: many cards share one passage. */
export function passageKeyCache(): (passage: string) => string {
  const cache = new Map<string, string>();
  return (passage) => {
    let key = cache.get(passage);
    if (key === undefined) {
      key = makePassageKey(passage);
      cache.set(passage, key);
    }
    return key;
  };
}

/** A deterministic pseudo-random sequence seeded from a key (mulberry32). */
export function seededRandom(key: string): () => number {
  let state = parseInt(key.slice(0, 8), 16) >>> 0 || 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleWithKey<T>(items: readonly T[], key: string): T[] {
  const random = seededRandom(key);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1));
    const held = copy[index] as T;
    copy[index] = copy[swap] as T;
    copy[swap] = held;
  }
  return copy;
}
