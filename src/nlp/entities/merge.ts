// One canonical name per referent across a corpus. Every step is a pass over the mentions with
// map look-ups, so 10,000 articles merge in well under a second on the main thread.
import type { AnalyzedArticle, EntityMention, EntitySummary, EntityType } from '../../types.js';
import { compareText } from '../../compare.js';
import { COMPANY_LEGAL_FORMS, KNOWN_ORGANISATIONS, OUTLET_VARIANT_SUFFIXES, STORM_WORDS } from './known-names.js';

// Names that news writes in several ways for one referent; the value is the name shown.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'United States'],
  ['usa', 'United States'],
  ['united states', 'United States'],
  ['united states of america', 'United States'],
  ['america', 'United States'],
  ['uk', 'United Kingdom'],
  ['united kingdom', 'United Kingdom'],
  ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'],
  ['un', 'United Nations'],
  ['united nations', 'United Nations'],
  ['eu', 'European Union'],
  ['european union', 'European Union'],
  ['who', 'World Health Organization'],
  ['world health organization', 'World Health Organization'],
  ['ap', 'Associated Press'],
  ['associated press', 'Associated Press'],
]);

// OUTLET_VARIANT rule (known-names.ts): "BBC News" and "CNN.com" are the BBC and CNN.
const OUTLETS: ReadonlySet<string> = new Set(
  [...KNOWN_ORGANISATIONS.broadcasters, ...KNOWN_ORGANISATIONS.newsAgencies].map((name) => name.toLowerCase()),
);

function outletOf(folded: string): string {
  for (const suffix of OUTLET_VARIANT_SUFFIXES) {
    if (folded.endsWith(suffix) && OUTLETS.has(folded.slice(0, -suffix.length))) return folded.slice(0, -suffix.length);
  }
  return folded;
}

// British and American spellings of one name: "World Health Organisation" is the "World Health
// Organization", "World Food Program" the "World Food Programme".
function americanSpelling(folded: string): string {
  return folded.replace(/isation\b/g, 'ization').replace(/programme\b/g, 'program');
}

/** The comparison key of a name: case, dots, quotes and a leading "the" do not matter. */
export function referentKey(name: string): string {
  const folded = americanSpelling(
    outletOf(
      name
        .toLowerCase()
        .replace(/[“”"‘’']/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^the /, ''),
    ).replace(/\./g, ''),
  );
  const alias = ALIASES.get(folded);
  return alias === undefined ? folded : alias.toLowerCase();
}

function lastWord(key: string): string {
  const words = key
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .split(' ');
  return (words[words.length - 1] ?? '').replace(/^(?:al|el)-/, '');
}

function isAllCaps(name: string): boolean {
  return name === name.toUpperCase() && /[A-Z]/.test(name);
}

interface Referent {
  spellings: Map<string, number>;
  types: Map<EntityType, number>;
}

function countInto<K>(map: Map<K, number>, key: K, count = 1): void {
  map.set(key, (map.get(key) ?? 0) + count);
}

function mostFrequent<K>(map: Map<K, number>, prefer: (key: K) => boolean = () => true): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  let bestPreferred = false;
  for (const [key, count] of map) {
    const preferred = prefer(key);
    if ((preferred && !bestPreferred) || (preferred === bestPreferred && count > bestCount)) {
      best = key;
      bestCount = count;
      bestPreferred = preferred;
    }
  }
  return best;
}

// Endings of demonyms that form a plural with -s: Haitian(s), Iraqi(s), New Zealander(s), Briton(s).
const DEMONYM_ENDING = /(?:an|i|er|on)$/;
// A one-word acronym: two to five capitals, dots allowed ("BP", "WHO", "B.P.").
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;

// The share of a name's mentions that must agree on its type for the rest to follow them: on
// CoNLL testa (109 unrelated documents as one corpus) a plain majority cost 1.1 micro F1, as it
// retyped names with two senses; 4 in 5 gains 0.1 over no vote.
const VOTE_SHARE = 0.8;

// How many times as often as all the others together a full name must be named to take a
// surname that several full names share.
const DOMINANT_SHARE = 4;

/** How many mentions of a corpus give a name with a type: all that renaming is decided from. */
export interface NameCount {
  name: string;
  type: EntityType;
  count: number;
  /** These mentions were typed by a confident rule (EntityMention.typedByRule): they keep it. */
  typedByRule?: true;
}

/** The canonical name of a mention and the type the corpus gives that name. */
export type EntityRenaming = (
  name: string,
  type: EntityType,
  typedByRule?: boolean,
) => { name: string; type: EntityType };

/**
 * The corpus' mentions counted by name and type, in the order each pair is first met (ties
 * between equally frequent spellings and types go to the first met, so the order is part of
 * the answer).
 */
export function nameCounts(articles: Iterable<Pick<AnalyzedArticle, 'entities'>>): NameCount[] {
  const counts = new Map<string, NameCount>();
  for (const article of articles) {
    for (const { name, type, typedByRule } of article.entities) {
      const pair = `${typedByRule ? 'rule ' : ''}${type} ${name}`;
      const count = counts.get(pair);
      if (count) count.count++;
      else counts.set(pair, typedByRule ? { name, type, count: 1, typedByRule } : { name, type, count: 1 });
    }
  }
  return [...counts.values()];
}

/**
 * Gives each referent one name across the corpus: case variants and known aliases ("U.S.",
 * "the US", "America") join; a one-word person name joins the full name ending in it, if
 * there is one or one named far more often than the others.
 * Returns new article objects; event entity lists follow the new names.
 */
export function mergeEntityNames(articles: AnalyzedArticle[]): AnalyzedArticle[] {
  const rename = entityRenaming(nameCounts(articles));
  return articles.map((article) => {
    const renamed = new Map<string, string>();
    const entities = article.entities.map((mention): EntityMention => {
      const { name, type } = rename(mention.name, mention.type, mention.typedByRule);
      if (name !== mention.name) renamed.set(mention.name, name);
      // Unchanged mentions are shared, not copied: nothing here is ever mutated.
      return name === mention.name && type === mention.type ? mention : { ...mention, name, type };
    });
    const events =
      renamed.size === 0
        ? article.events
        : article.events.map((event) => ({
            ...event,
            entities: [...new Set(event.entities.map((name) => renamed.get(name) ?? name))],
          }));
    return { ...article, entities, events };
  });
}

/**
 * The renaming mergeEntityNames applies, decided from the corpus' mentions counted by name and
 * type (nameCounts, in the order first met): an archive counts them without holding its articles.
 */
export function entityRenaming(counts: readonly NameCount[]): EntityRenaming {
  // Keys are computed once per distinct name: a corpus repeats its names thousands of times.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = referentKey(name);
      keys.set(name, key);
    }
    return key;
  };
  const referents = new Map<string, Referent>();
  for (const { name, type, count } of counts) {
    const key = keyOf(name);
    let referent = referents.get(key);
    if (!referent) {
      referent = { spellings: new Map(), types: new Map() };
      referents.set(key, referent);
    }
    const alias = ALIASES.get(key);
    countInto(referent.spellings, alias ?? name, count);
    countInto(referent.types, type, count);
  }

  // "George W. Bush" is "George Bush" when both are people: a name with middle names or initials
  // joins the two-word name with its first and last word, if the corpus has that name.
  // Only one such longer name may join: "George W Bush" and "George HW Bush" are two people.
  const longerNames = new Map<string, string[]>();
  for (const [key, referent] of referents) {
    const words = key.split(' ');
    if (words.length < 3 || mostFrequent(referent.types) !== 'PERSON') continue;
    const short = `${words[0]} ${words[words.length - 1]}`;
    const list = longerNames.get(short);
    if (list) list.push(key);
    else longerNames.set(short, [key]);
  }
  const joined = new Map<string, string>();
  for (const [short, longer] of longerNames) {
    const target = referents.get(short);
    if (longer.length !== 1 || !target || mostFrequent(target.types) !== 'PERSON') continue;
    const key = longer[0]!;
    const referent = referents.get(key)!;
    joined.set(key, short);
    for (const [spelling, count] of referent.spellings)
      target.spellings.set(spelling, (target.spellings.get(spelling) ?? 0) + count);
    for (const [type, count] of referent.types) target.types.set(type, (target.types.get(type) ?? 0) + count);
  }
  const joinInto = (key: string, targetKey: string): void => {
    const referent = referents.get(key)!;
    const target = referents.get(targetKey)!;
    joined.set(key, targetKey);
    for (const [spelling, count] of referent.spellings)
      target.spellings.set(spelling, (target.spellings.get(spelling) ?? 0) + count);
    for (const [type, count] of referent.types) target.types.set(type, (target.types.get(type) ?? 0) + count);
  };
  // NATIONALITY_PLURAL: "Haitians" are the Haitian people: a one-word plural joins its singular
  // when both are mostly MISC and the singular ends as demonyms do (-an, -i, -er, -on: Haitian,
  // Iraqi, New Zealander, Briton). They stay apart from Haiti the place: a people is not a
  // territory, and the place's mentions and type should count the place alone.
  for (const [key, referent] of referents) {
    const singular = key.slice(0, -1);
    const target = referents.get(singular);
    if (
      !key.endsWith('s') ||
      key.includes(' ') ||
      !DEMONYM_ENDING.test(singular) ||
      !target ||
      joined.has(singular) ||
      mostFrequent(referent.types) !== 'MISC' ||
      mostFrequent(target.types) !== 'MISC'
    )
      continue;
    joinInto(key, singular);
  }
  // COMPANY_LEGAL_FORM (known-names.ts): "BP Plc" and "BP P.L.C." are BP, and a name the corpus
  // writes with a legal form is a company wherever it stands alone: "Halliburton Co" makes a
  // lone "Halliburton" the company, not the surname of a person, and "Transocean Ltd" makes
  // Transocean an organisation whatever most mentions were tagged. A place keeps its own name.
  const companies = new Set<string>();
  for (const key of referents.keys()) {
    const space = key.lastIndexOf(' ');
    if (space < 0 || !COMPANY_LEGAL_FORMS.has(key.slice(space + 1)) || joined.has(key)) continue;
    const base = key.slice(0, space);
    const target = referents.get(base);
    if (!target || joined.has(base) || mostFrequent(target.types) === 'PLACE') continue;
    joinInto(key, base);
    companies.add(base);
  }
  // STORM_WORD: a lone "Katrina", mostly a person or a thing, is "Hurricane Katrina" when the
  // corpus names that storm (storm words, then one name) and only one storm has that name.
  const stormsByName = new Map<string, string[]>();
  const namedStorms = new Set<string>();
  for (const [key, referent] of referents) {
    const words = key.split(' ');
    const name = words[words.length - 1]!;
    if (
      words.length < 2 ||
      !words.slice(0, -1).every((w) => STORM_WORDS.has(w)) ||
      mostFrequent(referent.types) !== 'MISC'
    )
      continue;
    stormsByName.set(name, [...(stormsByName.get(name) ?? []), key]);
  }
  for (const [name, storms] of stormsByName) {
    const lone = referents.get(name);
    const type = lone && mostFrequent(lone.types);
    if (storms.length === 1 && (type === 'PERSON' || type === 'MISC') && !joined.has(name) && !joined.has(storms[0]!)) {
      joinInto(name, storms[0]!);
      namedStorms.add(storms[0]!);
    }
  }
  for (const key of joined.keys()) referents.delete(key);
  const canonicalKey = (key: string): string => joined.get(key) ?? key;

  // Surname → the full person names that end in it; failing that, a lone given name ("Saddam") →
  // the full names that start with it. One of them is taken only if it dominates (below).
  const fullNamesBySurname = new Map<string, string[]>();
  const fullNamesByGivenName = new Map<string, string[]>();
  const addTo = (index: Map<string, string[]>, word: string, key: string): void => {
    const list = index.get(word);
    if (list) list.push(key);
    else index.set(word, [key]);
  };
  for (const [key, referent] of referents) {
    if (!key.includes(' ') || mostFrequent(referent.types) !== 'PERSON') continue;
    addTo(fullNamesBySurname, lastWord(key), key);
    addTo(fullNamesByGivenName, key.slice(0, key.indexOf(' ')), key);
  }

  // The full name a lone surname stands for: the only one, or one named DOMINANT_SHARE times as
  // often as all the others together ("Barack Obama" over a stray "Michelle Obama").
  const mentionsOf = (key: string): number =>
    [...(referents.get(key)?.spellings.values() ?? [])].reduce((sum, n) => sum + n, 0);
  const dominant = (names: string[] | undefined): string | null => {
    if (!names?.length) return null;
    if (names.length === 1) return names[0]!;
    const counted = names.map((name) => [name, mentionsOf(name)] as const).sort((a, b) => b[1] - a[1]);
    const rest = counted.slice(1).reduce((sum, [, n]) => sum + n, 0);
    return counted[0]![1] >= DOMINANT_SHARE * rest ? counted[0]![0] : null;
  };

  const shown = new Map<string, string>();
  const nameOfKey = (key: string): string => {
    let name = shown.get(key);
    if (name === undefined) {
      const referent = referents.get(key);
      // An acronym written in capitals by most mentions is shown so ("BP", "WHO"), not as a
      // stray "Bp" or "Who"; other names prefer a spelling not in headline capitals.
      const commonest = referent && mostFrequent(referent.spellings);
      name =
        (commonest !== undefined && ACRONYM.test(commonest)
          ? commonest
          : referent && mostFrequent(referent.spellings, (s) => !isAllCaps(s))) ?? key;
      shown.set(key, name);
    }
    return name;
  };

  // Persons and the rest are named apart: only a person's surname joins a full name.
  const finalNames = { person: new Map<string, string>(), other: new Map<string, string>() };
  const finalName = (mentioned: string, type: EntityType): string => {
    const cache = type === 'PERSON' ? finalNames.person : finalNames.other;
    let name = cache.get(mentioned);
    if (name === undefined) {
      let key = canonicalKey(keyOf(mentioned));
      // "the Bush administration" may be tagged otherwise, yet a word the corpus mostly tags
      // as a person names that person.
      const person = type === 'PERSON' || mostFrequent(referents.get(key)?.types ?? new Map()) === 'PERSON';
      if (person && !key.includes(' ') && !companies.has(key)) {
        const full = dominant(fullNamesBySurname.get(lastWord(key)) ?? fullNamesByGivenName.get(key));
        if (full) key = full;
      }
      name = nameOfKey(key);
      cache.set(mentioned, name);
    }
    return name;
  };

  // The corpus-level vote on a name's type: when at least VOTE_SHARE of a name's mentions give one
  // type, every mention takes it, so "Facebook" is not a place in one article and an organisation
  // in the next. A name split more evenly has two senses ("Leicester" the club and the city) and
  // each mention keeps its own type. (Mentions carry no tagger confidence, so each counts once.)
  const votes = new Map<string, Map<EntityType, number>>();
  for (const { name: mentioned, type, count } of counts) {
    const name = finalName(mentioned, type);
    let tally = votes.get(name);
    if (!tally) {
      tally = new Map();
      votes.set(name, tally);
    }
    countInto(tally, type, count);
  }
  const votedType = new Map<string, EntityType>();
  for (const [name, tally] of votes) {
    const type = mostFrequent(tally)!;
    let total = 0;
    for (const count of tally.values()) total += count;
    if (tally.get(type)! >= VOTE_SHARE * total) votedType.set(name, type);
  }
  // What the name says outranks the vote: a company's legal form, a storm's "Hurricane".
  for (const key of companies) votedType.set(nameOfKey(key), 'ORG');
  for (const key of namedStorms) votedType.set(nameOfKey(key), 'MISC');

  return (mentioned, type, typedByRule) => {
    const name = finalName(mentioned, type);
    return { name, type: (typedByRule ? undefined : votedType.get(name)) ?? type };
  };
}

/** One row per canonical name: majority type, mentions, articles, other spellings; most mentioned first. */
export function summarizeEntities(articles: AnalyzedArticle[]): EntitySummary[] {
  interface Tally {
    types: Map<EntityType, number>;
    mentions: number;
    articles: number;
    aliases: Map<string, number>;
  }
  const tallies = new Map<string, Tally>();
  for (const article of articles) {
    const seenHere = new Set<string>();
    for (const mention of article.entities) {
      let tally = tallies.get(mention.name);
      if (!tally) {
        tally = { types: new Map(), mentions: 0, articles: 0, aliases: new Map() };
        tallies.set(mention.name, tally);
      }
      tally.mentions++;
      countInto(tally.types, mention.type);
      const written = mention.text.replace(/\s+/g, ' ');
      if (written !== mention.name) countInto(tally.aliases, written);
      if (!seenHere.has(mention.name)) {
        seenHere.add(mention.name);
        tally.articles++;
      }
    }
  }
  const summaries: EntitySummary[] = [];
  for (const [name, tally] of tallies) {
    const aliases = [...tally.aliases].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([alias]) => alias);
    summaries.push({
      name,
      type: mostFrequent(tally.types) ?? 'MISC',
      mentions: tally.mentions,
      articles: tally.articles,
      aliases,
    });
  }
  return summaries.sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || compareText(a.name, b.name));
}
