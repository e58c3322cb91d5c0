// Named entities: who and what a news article is about, with offsets and canonical names.
import type { EntityMention, Sentence } from '../../types.js';
import { documentCues } from './document-cues.js';
import { tagByHeuristics } from './heuristic.js';
import { loadModel } from './load.js';
import type { NerModel } from './model-file.js';
import {
  displayName,
  joinQuotedNicknames,
  nameAcronyms,
  nameMentions,
  trimmedRange,
  withoutDefinedTerms,
  type TokenSpan,
} from './spans.js';
import { spansOfTags, tagTokens, TaggerScratch } from './tagger.js';
import { tokenize, type Tokens } from './tokens.js';
import {
  outletsNamedAfterCue,
  placesInDatelines,
  statesAfterPlaces,
  withKnownOrganisations,
  withoutPhotoCredits,
  withoutTimeZonesAndUnits,
} from './news-conventions.js';
import {
  companiesByFirstWord,
  companiesInAList,
  companiesNamedLikePeople,
  namesOpenedByInitials,
  namesWithPossessive,
  groupsNamedLikePeople,
  groupsNamedWithPlaces,
  refineSpans,
  roadsNamedByNumber,
  stormsNamedAlone,
  teamsInFixtureLine,
  teamsInScoreLine,
  teamsInTableRow,
  thingsAfterClassNoun,
  withoutPortfolios,
} from './refine.js';

export {
  entityRenaming,
  mergeEntityNames,
  nameCounts,
  summarizeEntities,
  referentKey,
  type EntityRenaming,
  type NameCount,
} from './merge.js';
export { tokenize, type Tokens } from './tokens.js';

// Scratch arrays shared by calls: tagging is synchronous, so no two calls use them at once.
const scratch = new TaggerScratch();

type MentionStep = (text: string, mentions: EntityMention[]) => EntityMention[];
const withoutText =
  (step: (mentions: EntityMention[]) => EntityMention[]): MentionStep =>
  (_text, mentions) =>
    step(mentions);

// What follows the tagger, in order: page conventions first (portfolios, credits, time zones,
// outlets), then the names within the article, then the names across it and the layouts' places.
const MENTION_STEPS: readonly MentionStep[] = [
  withoutPortfolios,
  roadsNamedByNumber,
  namesWithPossessive,
  namesOpenedByInitials,
  withoutPhotoCredits,
  withoutTimeZonesAndUnits,
  withoutText(withKnownOrganisations),
  outletsNamedAfterCue,
  groupsNamedLikePeople,
  companiesNamedLikePeople,
  withoutText(companiesByFirstWord),
  groupsNamedWithPlaces,
  thingsAfterClassNoun,
  withoutDefinedTerms,
  placesInDatelines,
  withoutText(nameMentions),
  withoutText(stormsNamedAlone),
  nameAcronyms,
  statesAfterPlaces,
];

/**
 * PERSON / ORG / PLACE / MISC mentions of `text`, sorted by start, each with its canonical name
 * within the article. Throws only when the shipped model was trained with other feature
 * templates (its weights would be wrong everywhere); on any other failure it returns what it
 * found so far.
 */
export function recognizeEntities(text: string, sentences: Sentence[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  const model = loadModel();
  try {
    const tokenised = tokenizeSentences(text, sentences);
    const cues = model ? documentCues(text, tokenised, model.lexicon.personWords) : null;
    for (const sentence of tokenised) {
      if (sentence.starts.length <= MAX_WINDOW) recognizeIn(text, sentence, model, cues, mentions);
      else for (const tokens of windows(sentence)) recognizeIn(text, tokens, model, cues, mentions);
    }
  } catch {
    // Analysis must be total; a partial result is better than none.
  }
  mentions.sort((a, b) => a.start - b.start);
  try {
    return MENTION_STEPS.reduce((found, step) => step(text, found), mentions);
  } catch {
    return mentions;
  }
}

// Tags one sentence (or window) and adds its mentions to `mentions`.
function recognizeIn(
  text: string,
  tokens: Tokens,
  model: NerModel | null,
  cues: Map<number, number> | null,
  mentions: EntityMention[],
): void {
  let spans: TokenSpan[];
  if (model) {
    tagTokens(model, text, tokens, scratch, cues);
    spans = refineSpans(text, tokens, spansOfTags(scratch.tags, tokens.starts.length), model.lexicon);
    spans = teamsInTableRow(text, tokens, teamsInScoreLine(text, tokens, spans, model.lexicon), model.lexicon);
    spans = teamsInFixtureLine(text, tokens, spans);
    spans = companiesInAList(text, tokens, spans);
  } else spans = tagByHeuristics(text, tokens);
  for (const span of joinQuotedNicknames(text, tokens, spans)) {
    const r = trimmedRange(text, tokens, span);
    if (!r) continue;
    const written = text.slice(r[0], r[1]);
    const mention: EntityMention = {
      start: r[0],
      end: r[1],
      text: written,
      type: span.type,
      name: displayName(written),
    };
    if (span.typedByRule) mention.typedByRule = true;
    mentions.push(mention);
  }
}

// Real sentences are far shorter; a run-on "sentence" (a table, garbage, a megabyte without a
// full stop) is tagged in windows so the tagger's buffers stay small.
const MAX_WINDOW = 400;

function windows(tokens: Tokens): Tokens[] {
  const n = tokens.starts.length;
  if (n <= MAX_WINDOW) return [tokens];
  const out: Tokens[] = [];
  for (let from = 0; from < n; from += MAX_WINDOW) {
    out.push({
      starts: tokens.starts.slice(from, from + MAX_WINDOW),
      ends: tokens.ends.slice(from, from + MAX_WINDOW),
    });
  }
  return out;
}

// The tokens of the caller's sentences, or of the whole text when none were given.
function tokenizeSentences(text: string, sentences: Sentence[]): Tokens[] {
  if (sentences.length === 0) return text.trim() ? [tokenize(text, 0, text.length)] : [];
  const out: Tokens[] = new Array<Tokens>(sentences.length);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    out[k] = tokenize(text, Math.max(0, s.start), Math.min(text.length, s.end));
  }
  return out;
}
