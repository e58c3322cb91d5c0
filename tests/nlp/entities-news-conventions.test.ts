import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../src/types.js';
import { recognizeEntities } from '../../src/nlp/entities/index.js';
import { KNOWN_ORGANISATIONS, TIME_ZONES } from '../../src/nlp/entities/known-names.js';
import {
  isKnownOrganisation,
  photoCreditRanges,
  statesAfterPlaces,
  withKnownOrganisations,
  withoutPhotoCredits,
  withoutTimeZonesAndUnits,
} from '../../src/nlp/entities/news-conventions.js';
import { refineSpans, stormsNamedAlone } from '../../src/nlp/entities/refine.js';
import { tokenize } from '../../src/nlp/entities/tokens.js';
import { splitSentences } from '../../src/nlp/sentences.js';

// A mention of `written` at its first occurrence in `text`.
function mention(text: string, written: string, type: EntityType): EntityMention {
  const start = text.indexOf(written);
  if (start < 0) throw new Error(`${written} not in text`);
  return { start, end: start + written.length, text: written, type, name: written };
}

function entities(text: string): EntityMention[] {
  return recognizeEntities(text, splitSentences(text));
}

describe('TIME_ZONE and UNIT: never entities', () => {
  it('drops a mention that is a time zone, whatever its type', () => {
    const text = 'Page last updated at 07:41 GMT, and again at 19.54 BST or 8:51 EST.';
    const mentions = [mention(text, 'GMT', 'MISC'), mention(text, 'BST', 'ORG'), mention(text, 'EST', 'PLACE')];
    expect(withoutTimeZonesAndUnits(text, mentions)).toEqual([]);
  });

  it('drops a unit written with a capital', () => {
    const text = 'Winds of 120 Mph and 5,000 BPD of oil.';
    expect(withoutTimeZonesAndUnits(text, [mention(text, 'Mph', 'ORG'), mention(text, 'BPD', 'ORG')])).toEqual([]);
  });

  it('drops a season, weekday or month standing alone, and keeps months that are given names', () => {
    const text = 'At their Autumn meetings on Monday, May said the March figures were weak.';
    const mentions = [
      mention(text, 'Autumn', 'PERSON'),
      mention(text, 'Monday', 'ORG'),
      mention(text, 'May', 'PERSON'),
    ];
    expect(withoutTimeZonesAndUnits(text, [...mentions, mention(text, 'March', 'MISC')])).toEqual([mentions[2]]);
  });

  it('trims a time zone off the edge of a longer name and keeps the name', () => {
    const text = 'Friday 23 July 2010 19.54 BST Transocean is under pressure.';
    const [kept] = withoutTimeZonesAndUnits(text, [mention(text, 'BST Transocean', 'ORG')]);
    expect(kept).toMatchObject({ text: 'Transocean', name: 'Transocean', start: text.indexOf('Transocean') });
  });

  it('keeps a zone-like first word that follows no time: "PT Timor Putra Nasional" is a company', () => {
    const text = "Indonesia's PT Timor Putra Nasional said on Monday it would build cars.";
    const mentions = [mention(text, 'PT Timor Putra Nasional', 'ORG')];
    expect(withoutTimeZonesAndUnits(text, mentions)).toEqual(mentions);
  });

  it('keeps names that only look like zones in other case or that are state codes', () => {
    const text = 'Est Ltd of Hartford, CT, said so.';
    const mentions = [mention(text, 'Est Ltd', 'ORG'), mention(text, 'CT', 'PLACE')];
    expect(withoutTimeZonesAndUnits(text, mentions)).toEqual(mentions);
  });

  it('keeps "GMT" out of what the recogniser returns on a dateline', () => {
    const found = entities('Page last updated at 07:41 GMT, Wednesday, 9 June 2010. BP said the leak was capped.');
    expect(found.map((m) => m.text)).not.toContain('GMT');
    expect(TIME_ZONES.has('GMT')).toBe(true);
  });
});

describe('KNOWN_ORGANISATION: organisations without cue words', () => {
  it('types every listed example an organisation', () => {
    for (const name of Object.values(KNOWN_ORGANISATIONS).flat()) expect(isKnownOrganisation(name), name).toBe(true);
  });

  it('retypes Oxfam, the World Food Programme, Twitter and Facebook, and leaves other names alone', () => {
    const text = 'Oxfam and the World Food Programme said on Twitter and Facebook that Haiti needs help.';
    const mentions = [
      mention(text, 'Oxfam', 'PLACE'),
      mention(text, 'World Food Programme', 'MISC'),
      mention(text, 'Twitter', 'PERSON'),
      mention(text, 'Facebook', 'PLACE'),
      mention(text, 'Haiti', 'PLACE'),
    ];
    expect(withKnownOrganisations(mentions).map((m) => m.type)).toEqual(['ORG', 'ORG', 'ORG', 'ORG', 'PLACE']);
  });

  it('matches an acronym only in capitals: "WHO" is the agency, "Who" is not', () => {
    expect(isKnownOrganisation('WHO')).toBe(true);
    expect(isKnownOrganisation('Who')).toBe(false);
    expect(isKnownOrganisation('the BBC')).toBe(true);
    expect(isKnownOrganisation('oxfam')).toBe(true);
  });

  it('types them in what the recogniser returns', () => {
    const found = entities('Aid workers told Twitter followers that Oxfam would fly in food.');
    for (const name of ['Twitter', 'Oxfam']) {
      const m = found.find((x) => x.text === name);
      if (m) expect(m.type, name).toBe('ORG');
    }
    expect(found.some((m) => m.text === 'Oxfam')).toBe(true);
  });
});

describe('PHOTO_CREDIT: credits are not people of the story', () => {
  it('finds bracketed credits, agency before or after the name, and slashes escaped by JSON', () => {
    const text =
      'Iraqis gather (Hadi Mizban/AP). A rig burns (AP Photo/Gerald Herbert). ' +
      'Oil ashore (Tracy A. Woodward/the Washington Post). A cap (Patrick Semansky\\/AP).';
    const credits = photoCreditRanges(text).map(([a, b]) => text.slice(a, b));
    expect(credits).toEqual([
      '(Hadi Mizban/AP)',
      '(AP Photo/Gerald Herbert)',
      '(Tracy A. Woodward/the Washington Post)',
      '(Patrick Semansky\\/AP)',
    ]);
  });

  it('leaves brackets that are not credits: "(and/or)", "(km/h)", a long aside', () => {
    const text = 'Rules (and/or) limits at 90 (km/h) apply (Reuters said the BP/Transocean case was long and went on).';
    expect(photoCreditRanges(text)).toEqual([]);
  });

  it('ends a labelled credit after its agency, so the story resumes', () => {
    const text =
      'The rig burns. Photograph: Gerald Herbert\\/AP Vital warning systems failed. ' +
      'Photograph: Gabriel Bouys\\/AFP\\/Getty Images Who would have thought it. ' +
      'Photograph: Getty Images BP shares fell.';
    const credits = photoCreditRanges(text).map(([a, b]) => text.slice(a, b));
    expect(credits).toEqual([
      'Photograph: Gerald Herbert\\/AP',
      'Photograph: Gabriel Bouys\\/AFP\\/Getty Images',
      'Photograph: Getty Images',
    ]);
  });

  it('finds an agency credit outside brackets: "AP Photo/Patrick Semansky"', () => {
    const text = 'Oil washed ashore on Tuesday. AP Photo\\/Patrick Semansky Oil-dispersing chemicals were used.';
    expect(photoCreditRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['AP Photo\\/Patrick Semansky']);
    const found = entities(text.replace('\\/', '/'));
    expect(found.some((m) => m.text.includes('Semansky'))).toBe(false);
  });

  it('finds a credit that names the photographer after "by"', () => {
    const text = 'Regulation and Enforcement. (Photos By Gerald Herbert) Kyle Schonekas, an attorney, said so.';
    expect(photoCreditRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['Photos By Gerald Herbert']);
  });

  it('drops the mentions inside a credit and keeps the rest', () => {
    const text = 'Vital systems failed. Photograph: Gerald Herbert/AP Transocean denied it.';
    const mentions = [
      mention(text, 'Gerald Herbert', 'PERSON'),
      mention(text, 'AP', 'ORG'),
      mention(text, 'Transocean', 'ORG'),
    ];
    expect(withoutPhotoCredits(text, mentions).map((m) => m.text)).toEqual(['Transocean']);
  });

  it('takes a credit whose name holds lower-case words whole, up to its agency', () => {
    for (const [text, credit] of [
      [
        'Photograph: Carl de Souza\\/AFP\\/Getty Images Two new cases were found.',
        'Photograph: Carl de Souza\\/AFP\\/Getty Images',
      ],
      [
        'Photograph: Centers for Disease Control\\/Reuters It is a disease of pigs.',
        'Photograph: Centers for Disease Control\\/Reuters',
      ],
    ]) {
      const ranges = photoCreditRanges(text);
      expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual([credit]);
    }
  });

  it('keeps the photographer out of what the recogniser returns', () => {
    const found = entities('Troops entered Mosul on Monday, officials said (Hadi Mizban/AP). Maliki praised them.');
    expect(found.some((m) => m.text.includes('Mizban'))).toBe(false);
    expect(found.some((m) => m.text === 'Mosul')).toBe(true);
  });
});

describe('a function word alone is not a name', () => {
  it('drops "An" that opens a clause and keeps the names after it', () => {
    const text =
      'The elderly were particularly vulnerable 1968: An outbreak first detected in Hong Kong, and caused ' +
      'by a strain known as H3N2, killed up to one million people.';
    const found = entities(text);
    expect(found.map((m) => m.text)).not.toContain('An');
    expect(found.map((m) => m.text)).toContain('Hong Kong');
  });
});

describe('STORM_WORD: a storm is an event, not a person', () => {
  const storm = (name: string, type: EntityType): EntityMention => ({ start: 0, end: 0, text: name, type, name });

  it('types "Hurricane Katrina" and a later lone "Katrina" as the storm', () => {
    const text =
      'The spill is the worst disaster since Hurricane Katrina hit New Orleans in 2005. Katrina killed hundreds.';
    const katrina = entities(text).filter((m) => m.text.includes('Katrina'));
    expect(katrina.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Hurricane Katrina', 'MISC', 'Hurricane Katrina'],
      ['Katrina', 'MISC', 'Hurricane Katrina'],
    ]);
  });

  it('puts the storm word the tagger left out back into the name, and types storm word + name as the storm', () => {
    const text = 'Since Hurricane Katrina hit, Tropical Storm Alex passed.';
    const tokens = tokenize(text, 0, text.length);
    const at = (word: string): number => tokens.starts.findIndex((s) => text.startsWith(word, s));
    const lexicon = { gazetteer: new Map<number, number>(), personWords: new Set<number>() };
    const spans = refineSpans(
      text,
      tokens,
      [
        { first: at('Katrina'), last: at('Katrina'), type: 'PERSON' },
        { first: at('Tropical'), last: at('Alex'), type: 'ORG' },
      ],
      lexicon,
    );
    expect(spans.map((s) => [text.slice(tokens.starts[s.first], tokens.ends[s.last]), s.type])).toEqual([
      ['Hurricane Katrina', 'MISC'],
      ['Tropical Storm Alex', 'MISC'],
    ]);
  });

  it('never takes a place for a storm, nor a longer name for a storm name', () => {
    const place = stormsNamedAlone([storm('Hurricane Georgia', 'MISC'), storm('Georgia', 'PLACE')]);
    expect(place.map((m) => m.name)).toEqual(['Hurricane Georgia', 'Georgia']);
    const longer = stormsNamedAlone([storm('Hurricane Relief Fund', 'MISC'), storm('Fund', 'MISC')]);
    expect(longer.map((m) => m.name)).toEqual(['Hurricane Relief Fund', 'Fund']);
  });
});

describe('STATE_ABBREVIATION: "Grand Isle, La." names Louisiana', () => {
  it('names the state after a town and a comma, and makes the town a place', () => {
    const text = 'Fishermen from Grand Isle, La., were idle.';
    const out = statesAfterPlaces(text, [mention(text, 'Grand Isle', 'PERSON'), mention(text, 'La', 'ORG')]);
    expect(out.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Grand Isle', 'PLACE', 'Grand Isle'],
      ['La', 'PLACE', 'Louisiana'],
    ]);
  });

  it('leaves an abbreviation-like word without its dot or after no comma ("Miss Smith", "LA Highway")', () => {
    const text = 'On Sunday, Miss Smith drove LA Highway 1 in Houma, LA today.';
    const mentions = [
      mention(text, 'Miss Smith', 'PERSON'),
      mention(text, 'LA Highway', 'PLACE'),
      mention(text, 'Houma', 'PLACE'),
      {
        start: text.lastIndexOf('LA'),
        end: text.lastIndexOf('LA') + 2,
        text: 'LA',
        type: 'PLACE' as const,
        name: 'LA',
      },
    ];
    expect(statesAfterPlaces(text, mentions)).toEqual(mentions);
  });

  it('reads datelines in what the recogniser returns', () => {
    const found = entities('BARATARIA BAY, La. -- As the oil spread, fishermen from Belle Chasse, La., were idle.');
    expect(found.filter((m) => m.text === 'La').map((m) => [m.type, m.name])).toEqual([
      ['PLACE', 'Louisiana'],
      ['PLACE', 'Louisiana'],
    ]);
  });
});
