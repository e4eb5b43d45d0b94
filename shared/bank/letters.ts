/**
 * How often letters outside ASCII occur in the languages whose bank files we read, used to
 * tell a Cyrillic (windows-1251) file from a Central European (windows-1250 / iso-8859-2)
 * one. Every byte from 0xC0 up is a letter in both code pages (Hungarian "á" is Russian "б"),
 * so only the statistics tell them apart: Russian text is full of о е а и н, Hungarian of á é.
 * Frequencies are approximate shares among the language's non-ASCII letters.
 */

const russian: Record<string, number> = {
  о: 0.1097, е: 0.0845, а: 0.0801, и: 0.0735, н: 0.067, т: 0.0626, с: 0.0547, р: 0.0473, в: 0.0454,
  л: 0.044, к: 0.0349, м: 0.0321, д: 0.0298, п: 0.0281, у: 0.0262, я: 0.0201, ы: 0.019, ь: 0.0174,
  г: 0.017, з: 0.0165, б: 0.0159, ч: 0.0144, й: 0.0121, х: 0.0097, ж: 0.0094, ш: 0.0073, ю: 0.0064,
  ц: 0.0048, щ: 0.0036, э: 0.0032, ф: 0.0026, ъ: 0.0004, ё: 0.0004,
  // Ukrainian and Belarusian letters of the same code page, rarely.
  і: 0.002, ї: 0.0005, є: 0.0005, ґ: 0.0001, ў: 0.0001,
};

const hungarian: Record<string, number> = {
  á: 0.3, é: 0.29, ö: 0.09, ó: 0.09, ő: 0.075, í: 0.055, ü: 0.05, ú: 0.025, ű: 0.02,
};
const czechSlovak: Record<string, number> = {
  í: 0.17, á: 0.16, é: 0.1, ě: 0.09, ý: 0.08, ř: 0.06, č: 0.06, š: 0.05, ž: 0.05, ů: 0.03,
  ú: 0.02, ť: 0.01, ď: 0.01, ň: 0.01, ľ: 0.01, ô: 0.005, ä: 0.005, ĺ: 0.001, ŕ: 0.001,
};
const polish: Record<string, number> = {
  ł: 0.22, ó: 0.12, ę: 0.12, ą: 0.11, ż: 0.11, ś: 0.09, ń: 0.08, ć: 0.06, ź: 0.01,
};
const southern: Record<string, number> = {
  // Croatian, Slovenian, Romanian
  č: 0.25, š: 0.25, ž: 0.2, ć: 0.1, đ: 0.05, ă: 0.05, î: 0.03, â: 0.03, ş: 0.02, ţ: 0.02,
};

/** Punctuation both kinds of files use: no-break space, quotes, dashes, the number sign. */
const russianPunctuation: Record<string, number> = { '\u00a0': 0.004, '№': 0.004, '«': 0.002, '»': 0.002, '–': 0.001, '—': 0.001, '“': 0.0005, '”': 0.0005, '„': 0.0005 };
const centralPunctuation: Record<string, number> = { '\u00a0': 0.004, '„': 0.002, '”': 0.002, '“': 0.001, '–': 0.002, '—': 0.001, '§': 0.0005, '°': 0.0005, '×': 0.0002 };

function mixture(parts: [Record<string, number>, number][]): Map<string, number> {
  const result = new Map<string, number>();
  for (const [table, weight] of parts) {
    for (const [letter, share] of Object.entries(table)) result.set(letter, (result.get(letter) ?? 0) + share * weight);
  }
  return result;
}

export type LetterModel = ReadonlyMap<string, number>;

export const cyrillicModel: LetterModel = mixture([[russian, 0.97], [russianPunctuation, 1]]);
export const centralEuropeanModel: LetterModel = mixture([
  [hungarian, 0.55],
  [czechSlovak, 0.17],
  [polish, 0.15],
  [southern, 0.1],
  [centralPunctuation, 1],
]);

const unknownLetter = Math.log(1e-5); // a letter or sign the language hardly uses
const controlCharacter = Math.log(1e-9); // C1 controls, U+FFFD: this code page is wrong for the byte

/** Log-likelihood of one decoded character (from a byte ≥ 0x80) under the model. */
export function letterScore(model: LetterModel, char: string): number {
  const code = char.charCodeAt(0);
  if ((code >= 0x80 && code < 0xa0) || code === 0xfffd) return controlCharacter;
  const share = model.get(char.toLowerCase());
  return share === undefined ? unknownLetter : Math.log(share);
}
