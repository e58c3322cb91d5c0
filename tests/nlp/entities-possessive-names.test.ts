import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/nlp/entities/index.js';

const found = (text: string): string[] => recognizeEntities(text, []).map((m) => `${m.type}:${m.text}`);

// NAME_WITH_POSSESSIVE (refine.ts): names with the 's in them.
describe("a name written with its 's", () => {
  it("keeps the 's when one of them is no possessive and the article never writes the name without it", () => {
    expect(
      found(
        "Investors in Lloyd's were angry on Tuesday. A court gave Lloyd's a reprieve. Lloyd's said the plan was fair.",
      ),
    ).toEqual(["ORG:Lloyd's", "ORG:Lloyd's", "ORG:Lloyd's"]);
    expect(found("McDonald's said sales rose. Analysts expect McDonald's to gain.")).toEqual([
      "ORG:McDonald's",
      "ORG:McDonald's",
    ]);
  });

  it('types it as a company where the tagger read a person', () => {
    expect(
      found(
        "Sainsbury's reported higher sales. Analysts said Sainsbury's was gaining ground, and shares of Sainsbury's rose.",
      ),
    ).toEqual(["ORG:Sainsbury's", "ORG:Sainsbury's", "ORG:Sainsbury's"]);
  });

  it("reads CoNLL's tokenised form, a space before the 's", () => {
    const names = found("The prize was Boatmen 's Bancshares Inc. . Boatmen 's was the prize in Missouri .");
    expect(names.filter((n) => n.includes('Boatmen'))).toEqual(["ORG:Boatmen 's", "ORG:Boatmen 's"]);
  });

  it("leaves a possessive off a name every 's of which may be one", () => {
    expect(
      found("Apple's shares rose on Monday. Apple's chief executive spoke. Analysts praised Apple's plan."),
    ).toEqual(['ORG:Apple', 'ORG:Apple', 'ORG:Apple']);
    expect(
      found("Obama's plan was praised. Obama's aides said it would pass. Critics attacked Obama's budget."),
    ).toEqual(expect.arrayContaining(['PERSON:Obama']));
    expect(found("Obama's plan was praised. Obama's aides said it would pass.").join(' ')).not.toContain("Obama's");
  });

  it('leaves it off when the article also names it without the possessive', () => {
    const names = found(
      "Tesco's results were out on Tuesday. Tesco said profits rose. Shares of Tesco's rivals fell, and Tesco's were flat.",
    );
    expect(names.filter((n) => n.includes('Tesco'))).toEqual(['ORG:Tesco', 'ORG:Tesco', 'ORG:Tesco', 'ORG:Tesco']);
  });
});
