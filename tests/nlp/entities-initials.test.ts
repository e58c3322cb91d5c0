import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/nlp/entities/index.js';
import { namesOpenedByInitials } from '../../src/nlp/entities/refine.js';
import type { EntityMention, EntityType } from '../../src/types.js';

const found = (text: string): string[] => recognizeEntities(text, []).map((m) => `${m.type}:${m.text}`);

// INITIALS_OPEN_NAME (refine.ts).
describe('initials written before a name', () => {
  it("are part of a person's name", () => {
    expect(found('The trial of O.J. Simpson resumed on Monday.')).toContain('PERSON:O.J. Simpson');
  });

  it("are part of a company's name, where the tagger read them as a name of their own", () => {
    expect(found('" It was a good deal , " said James Weber , analyst at A.G. Edwards & Sons .')).toEqual([
      'PERSON:James Weber',
      'ORG:A.G. Edwards & Sons',
    ]);
  });

  it('join the name after them when the tagger read them as a name of their own', () => {
    const text = 'He is an analyst at A.G. Edwards & Sons in St. Louis.';
    const at = (written: string, type: EntityType): EntityMention => {
      const start = text.indexOf(written);
      return { start, end: start + written.length, text: written, type, name: written };
    };
    expect(
      namesOpenedByInitials(text, [at('A.G.', 'PLACE'), at('Edwards & Sons', 'ORG'), at('St. Louis', 'PLACE')]),
    ).toEqual([at('A.G. Edwards & Sons', 'ORG'), at('St. Louis', 'PLACE')]);
  });

  it("open an organisation's name when they abbreviate a place", () => {
    expect(found('The U.S. Treasury sold bonds on Monday.')).toContain('ORG:U.S. Treasury');
  });

  it("do not join a person's name when they abbreviate a place", () => {
    const text = 'He moved to Washington, D.C. Obama said on Monday that he would stay.';
    const mention = (written: string, type: EntityType): EntityMention => {
      const start = text.indexOf(written);
      return { start, end: start + written.length, text: written, type, name: written };
    };
    const mentions = [mention('Washington', 'PLACE'), mention('D.C.', 'PLACE'), mention('Obama', 'PERSON')];
    expect(namesOpenedByInitials(text, mentions)).toEqual(mentions);
  });
});
