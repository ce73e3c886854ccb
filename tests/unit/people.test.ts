import { describe, expect, it } from 'vitest';
import { leadingPeople, leadOf } from '../../shared/dedupe/people.js';

describe('leadingPeople: who an article is about, by surname', () => {
  it('counts a surname the text introduces with a first name and then names alone', () => {
    const text = 'San Diego Chargers receiver Vincent Jackson was arrested on Tuesday. Jackson failed a sobriety test, police said. The Chargers said Jackson would play on Sunday.';
    expect(leadingPeople(text, "Chargers' Jackson arrested on suspicion of DUI")).toEqual({ Jackson: 4 });
  });

  it('takes no place or team for a person: their last word is not named alone, or is named with an article', () => {
    expect(leadingPeople('The San Diego Chargers won in San Diego on Sunday, and the Indianapolis Colts lost.')).toEqual({});
    expect(leadingPeople('Andrew Luck led the Indianapolis Colts to a win. The Colts scored early, Luck threw for 300 yards, and the Colts held on. Colts fans cheered.')).toEqual({ Luck: 2 });
    // A person named with an article now and then is still a person.
    expect(leadingPeople('Barack Obama signed the order. Obama said the Obama administration would act, and Obama left.')).toEqual({ Obama: 4 });
  });

  it('takes no name the text never names alone, and no common word for a first name', () => {
    expect(leadingPeople('Interior Secretary Ken Salazar announced the rule. The President said so. President Obama agreed.')).toEqual({});
  });

  it('takes no day or month for a surname', () => {
    expect(leadingPeople('Microsoft skipped Patch Tuesday. On Tuesday it shipped a fix, and by Tuesday night Wolfgang Kandek said Kandek had tested it.')).toEqual({ Kandek: 2 });
    expect(leadingPeople('Updated Published September 18. In September the flaw spread; since September users waited.')).toEqual({});
  });

  it('keeps the four people named most, most named first', () => {
    const text = 'Jamal Williams was arrested. Williams was stopped. Williams was released. Vincent Jackson was arrested last month, and Jackson played. Norv Turner said Turner knew. A. J. Smith, Smith said. Ray Lewis, Lewis said.';
    expect(Object.keys(leadingPeople(text))).toHaveLength(4);
    expect(Object.keys(leadingPeople(text))[0]).toBe('Williams');
  });
});

describe('leadOf: the person an article names most', () => {
  it('needs two mentions at least', () => {
    expect(leadOf({ Williams: 6, Jackson: 2 })).toBe('Williams');
    expect(leadOf({ Williams: 1 })).toBeNull();
    expect(leadOf({})).toBeNull();
    expect(leadOf(undefined)).toBeNull();
  });
});
