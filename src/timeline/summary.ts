import type { ArticleEvent } from '../types.js';

// Openers that lean on an earlier sentence: a summary starting so is not self-contained.
// A pronoun in an opening clause leans the same way: "When he returned to the hotel, …".
const LEANING_OPENER =
  /^(?:(?:when|after|before|as|because|if|while|once|although|though) (?:he|she|it|they|his|her|its|their)\b|(?:he|she|it|they|we|i|you|his|her|its|their|this|that|these|those|there|but|and|or|so|also|however|then|still|yet|meanwhile|instead|such|which|who)\b)/i;
// A person named only by a definite description leans the same way: "The Mexican man arrived in
// Hong Kong …", "The British couple being treated for swine flu have been named" (which man?).
const LEANING_PERSON =
  /^the (?:[\p{L}-]+ ){0,2}(?:man|woman|men|women|boy|girl|couple|child|pupil|student|patient|victim|suspect|teenager)\b/iu;
// A timeline tells what happened: a telling that only expects it is a poorer summary.
const EXPECTATION =
  /\b(?:will|would|is|are|was|were) (?:expected|due|set|scheduled|likely|poised) to\b|\b(?:will|plans? to|intends? to|is to|are to)\b/i;
// Residue of photo credits and wire stamps glued to a sentence by the source's text extraction.
const RESIDUE =
  /\b(?:Photograph|Photo|Picture)s?:|\/\s*(?:AP|AFP|Reuters|PA|Getty(?: Images)?|EPA)\b|^\d{1,2}[.:]\d\d (?:BST|GMT|EDT|EST)\b/;
const WHOLE_SENTENCE = /^["“‘']?[A-Z0-9].*[.!?]["”’']?$/s;

function quoteFragment(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open !== close || /^["“]/.test(text);
}

/** How well a text stands alone: a whole sentence of reasonable length, not a quote fragment,
 * not leaning on what came before, telling what happened rather than what is expected. */
export function standAloneScore(text: string): number {
  const words = text.split(/\s+/).length;
  let score = 0;
  if (WHOLE_SENTENCE.test(text)) score += 2;
  if (LEANING_OPENER.test(text) || LEANING_PERSON.test(text)) score -= 3;
  if (quoteFragment(text)) score -= 3;
  if (EXPECTATION.test(text)) score -= 1.5;
  if (RESIDUE.test(text)) score -= 2;
  if (words < 6) score -= 2;
  else if (words > 50) score -= 1;
  else if (words >= 10 && words <= 35) score += 0.5;
  return score;
}

/**
 * How good a telling is as its event's summary: it stands alone, and `centrality` (0..1) says how
 * much it shares with the other tellings, so the summary says what most sources say.
 */
export function summaryScore(event: ArticleEvent, centrality: number): number {
  return (
    standAloneScore(event.text) + 3 * centrality + (event.lead ? 0.5 : 0) + 0.2 * Math.min(3, event.entities.length)
  );
}

/** The text shown for an event: its first letter capitalised when a clause starts lower-case. */
export function displayText(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
