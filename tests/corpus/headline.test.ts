import { describe, expect, it } from 'vitest';
import { findHeadlineRun, withoutHeadline } from '../../src/corpus/headline.js';

describe('findHeadlineRun', () => {
  it('finds a headline run into a lead that retells it', () => {
    const text = "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear an outbreak.";
    expect(findHeadlineRun(text)).toEqual({
      headline: "Officials fear disease outbreak in Haiti's quake camps",
      leadStart: text.indexOf('Health'),
    });
  });

  it('finds a headline run into a lead that opens as sentences do ("This", "The")', () => {
    expect(
      findHeadlineRun(
        'Gulf oil spill threatens clean-up disaster for the US This was the catastrophe BP said could never happen.',
      )?.headline,
    ).toBe('Gulf oil spill threatens clean-up disaster for the US');
  });

  it('finds the whole headline when it ends in a name ("close UK school")', () => {
    const text = 'Swine flu cases close UK school Another nine UK cases of swine flu have been confirmed.';
    expect(findHeadlineRun(text)).toEqual({
      headline: 'Swine flu cases close UK school',
      leadStart: text.indexOf('Another'),
    });
  });

  it('finds a caption run into a lead that opens with "Another"', () => {
    expect(
      withoutHeadline(
        "Parents say Alleyn's School has everything under control Another nine UK cases of swine flu have been confirmed.",
      ),
    ).toBe('Another nine UK cases of swine flu have been confirmed.');
  });

  it('leaves a sentence with names in it alone', () => {
    expect(findHeadlineRun('President Barack Obama met Prime Minister Gordon Brown in London on Monday.')).toBeNull();
    expect(findHeadlineRun('Oil from the well reached the coast of Louisiana in The Gulf of Mexico.')).toBeNull();
  });

  it('leaves a sentence that already ends before the capital alone', () => {
    expect(findHeadlineRun('The well was capped. The oil stopped flowing into the well.')).toBeNull();
  });

  it('withoutHeadline gives the lead alone, or the sentence unchanged', () => {
    expect(withoutHeadline('BP caps its leaking well in the Gulf BP has capped its leaking well in the Gulf.')).toBe(
      'BP has capped its leaking well in the Gulf.',
    );
    expect(withoutHeadline('BP capped the well.')).toBe('BP capped the well.');
  });
});
