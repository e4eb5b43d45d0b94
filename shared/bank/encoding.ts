import { centralEuropeanModel, cyrillicModel, letterScore, type LetterModel } from './letters';
import { decodeBytes } from './text-decoder';
import type { StatementEncoding, StatementFileError } from './types';

/**
 * Which text encoding a statement file is in. Banks still export CSV in the Windows code
 * page of their country (windows-1251 in Russia, windows-1250 or iso-8859-2 in Hungary), the
 * file does not say which, and a wrong guess turns every payee into nonsense. So: a BOM or
 * valid UTF-8 decides first (8-bit text in those code pages is practically never valid
 * UTF-8); otherwise the letters decide. The user can always override the guess.
 */

export type EncodingWarning =
  | 'endsMidCharacter' // UTF-8 cut in the middle of a letter: the file is probably truncated
  | 'replacedBytes'; // some bytes were not valid in the chosen encoding and show as �

export type EncodingGuess = {
  ok: true;
  encoding: StatementEncoding;
  /** 0.5 (a coin toss) to 1 (certain). */
  confidence: number;
  /** Encodings that give exactly the same text (any, for plain ASCII): a wrong pick there costs nothing. */
  alsoFits: StatementEncoding[];
  warnings: EncodingWarning[];
};
export type EncodingRefusal = { ok: false; error: StatementFileError };

export type DecodedStatement = EncodingGuess & { text: string };

const eightBit = ['windows-1251', 'windows-1250', 'iso-8859-2'] as const;
type EightBit = (typeof eightBit)[number];
const modelOf: Record<EightBit, LetterModel> = {
  'windows-1251': cyrillicModel,
  'windows-1250': centralEuropeanModel,
  'iso-8859-2': centralEuropeanModel,
};

/** The characters bytes 0x80–0xFF stand for in each code page, asked from the decoder once. */
const highHalf = new Uint8Array(128).map((_, i) => 0x80 + i);
const highCharsCache = new Map<string, string[]>();
function highCharsOf(encoding: string): string[] {
  let chars = highCharsCache.get(encoding);
  if (!chars) {
    const text = decodeBytes(highHalf, encoding) ?? '';
    chars = [...text];
    highCharsCache.set(encoding, chars);
  }
  return chars;
}

/** Guesses the encoding of a statement file, or says why the bytes are not a text file at all. */
export function detectEncoding(bytes: Uint8Array): EncodingGuess | EncodingRefusal {
  const refusal = refuseNonText(bytes);
  if (refusal) return { ok: false, error: refusal };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const valid = decodeBytes(bytes.subarray(3), 'utf-8', true) !== null;
    return guess('utf-8-bom', valid ? 1 : 0.9, [], valid ? [] : utf8Warnings(bytes.subarray(3)));
  }
  if (bytes.every((b) => b < 0x80)) return guess('utf-8', 1, ['windows-1251', 'windows-1250', 'iso-8859-2', 'windows-1252'], []);
  if (decodeBytes(bytes, 'utf-8', true) !== null) return guess('utf-8', 0.99, [], []);
  const cut = bytesBeforeCutCharacter(bytes);
  if (cut < bytes.length && decodeBytes(bytes.subarray(0, cut), 'utf-8', true) !== null) {
    return guess('utf-8', 0.9, [], ['endsMidCharacter']);
  }

  const declared = declaredEncodingOf(bytes);
  if (declared) return guess(declared, 0.9, [], []);
  return guessEightBit(bytes);
}

/**
 * The statement's text: in the user's chosen encoding, or in the detected one. Refuses
 * binary files, spreadsheets and PDFs even when an encoding is given.
 */
export function decodeStatement(bytes: Uint8Array, encoding?: StatementEncoding): DecodedStatement | EncodingRefusal {
  let chosen: EncodingGuess | EncodingRefusal;
  if (encoding === undefined) {
    chosen = detectEncoding(bytes);
  } else {
    const refusal = refuseNonText(bytes);
    chosen = refusal ? { ok: false, error: refusal } : guess(encoding, 1, [], []);
  }
  if (!chosen.ok) return chosen;
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = chosen.encoding.startsWith('utf-8') && hasBom ? bytes.subarray(3) : bytes;
  const label = chosen.encoding === 'utf-8-bom' ? 'utf-8' : chosen.encoding;
  const text = decodeBytes(body, label) ?? '';
  const warnings = [...chosen.warnings];
  if (text.includes('\ufffd') && !warnings.includes('endsMidCharacter') && !warnings.includes('replacedBytes')) warnings.push('replacedBytes');
  return { ...chosen, warnings, text };
}

function guess(encoding: StatementEncoding, confidence: number, alsoFits: StatementEncoding[], warnings: EncodingWarning[]): EncodingGuess {
  return { ok: true, encoding, confidence: Math.round(confidence * 1000) / 1000, alsoFits, warnings };
}

function utf8Warnings(bytes: Uint8Array): EncodingWarning[] {
  const cut = bytesBeforeCutCharacter(bytes);
  if (cut < bytes.length && decodeBytes(bytes.subarray(0, cut), 'utf-8', true) !== null) return ['endsMidCharacter'];
  return ['replacedBytes'];
}

/** Length without a UTF-8 sequence that the end of the file cuts short (or the full length). */
function bytesBeforeCutCharacter(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back += 1) {
    const b = bytes[bytes.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead byte
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Files people pick by mistake, and bytes no text file has. */
function refuseNonText(bytes: Uint8Array): StatementFileError | null {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return 'emptyFile';
  const startsWith = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0xd0, 0xcf, 0x11, 0xe0)) return 'spreadsheetFile';
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return 'pdfFile';
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff) || looksLikeUtf16(bytes)) return 'utf16File';
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) return 'binaryFile';
    // Tab, line breaks, form feed and the old DOS end-of-file mark are at home in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) controls += 1;
  }
  return controls > bytes.length / 100 ? 'binaryFile' : null;
}

/** UTF-16 without a BOM: ASCII text with a zero byte beside every character. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  if (sample.length < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  });
  const half = sample.length / 2;
  return evenZeros > half * 0.8 || oddZeros > half * 0.8;
}

/** An encoding the file names itself: an XML declaration or an OFX 1 header (CHARSET:1252). */
function declaredEncodingOf(bytes: Uint8Array): StatementEncoding | null {
  const head = decodeBytes(bytes.subarray(0, 1024), 'windows-1252') ?? '';
  const name = (/<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/i.exec(head)?.[1] ?? /^\s*CHARSET:\s*([\w.-]+)/im.exec(head)?.[1] ?? '').toLowerCase();
  const known: Record<string, StatementEncoding> = {
    '1250': 'windows-1250', 'windows-1250': 'windows-1250', 'cp1250': 'windows-1250',
    '1251': 'windows-1251', 'windows-1251': 'windows-1251', 'cp1251': 'windows-1251',
    '1252': 'windows-1252', 'windows-1252': 'windows-1252', 'cp1252': 'windows-1252',
    'iso-8859-1': 'windows-1252', 'latin1': 'windows-1252', 'iso-8859-2': 'iso-8859-2', 'latin2': 'iso-8859-2',
  };
  return known[name] ?? null;
}

/** Cyrillic or Central European: the code page whose reading of the high bytes is the likeliest text. */
function guessEightBit(bytes: Uint8Array): EncodingGuess {
  const counts = new Uint32Array(128);
  for (const b of bytes) if (b >= 0x80) counts[b - 0x80] = (counts[b - 0x80] ?? 0) + 1;

  const scores = eightBit.map((encoding) => {
    const chars = highCharsOf(encoding);
    let score = 0;
    counts.forEach((count, i) => {
      if (count > 0) score += count * letterScore(modelOf[encoding], chars[i] ?? '\ufffd');
    });
    return { encoding, score };
  });
  // Ties between windows-1250 and iso-8859-2 (Hungarian uses only letters the two share) go
  // to windows-1250, what Excel and most Windows bank software write in Hungary.
  scores.sort((a, b) => b.score - a.score || (a.encoding === 'windows-1250' ? -1 : 1));
  const [best, ...rest] = scores as [(typeof scores)[number], ...typeof scores];
  const readsTheSame = (other: EightBit) => counts.every((count, i) => count === 0 || highCharsOf(other)[i] === highCharsOf(best.encoding)[i]);
  const sameText = rest.filter((other) => readsTheSame(other.encoding)).map((other) => other.encoding);
  const rival = rest.find((other) => !sameText.includes(other.encoding));
  const margin = rival ? best.score - rival.score : 50;
  return guess(best.encoding, 1 / (1 + Math.exp(-margin)), sameText, []);
}
