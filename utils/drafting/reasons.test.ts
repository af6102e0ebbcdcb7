import { describe, expect, it } from 'vitest';
import { regulationPresets } from '../regulation/index';
import { rejectionReasonOptions, revisionReasonOptions } from './reasons';

describe('reasons offered by the regulation', () => {
  it('returns a draft for Korenovsk’s four reasons of p. 14, in its own words, plus free text', () => {
    const options = revisionReasonOptions(regulationPresets.korenovsk);
    expect(options.map((o) => o.code)).toEqual(['notAnswering', 'wrongFormat', 'otherBody', 'spelling', 'other']);
    expect(options[0]!.label.ru).toBe('Не соответствует сути вопроса, содержащегося в инциденте');
    expect(options[0]!.clause).toBe('п. 14');
  });

  it('falls back to the common list where the regulation names no reasons', () => {
    expect(revisionReasonOptions(regulationPresets.luga).map((o) => o.code)).toEqual(['notAnswering', 'wrongFormat', 'otherBody', 'spelling', 'other']);
    expect(revisionReasonOptions(undefined).at(-1)!.code).toBe('other');
  });

  it('offers the regulation’s grounds for “not subject to an answer”, with what to reply instead', () => {
    expect(rejectionReasonOptions(regulationPresets.korenovsk).map((o) => o.code)).toEqual(['harm', 'obscene', 'threats']);
    const idrinsky = rejectionReasonOptions(regulationPresets.idrinsky);
    expect(idrinsky.map((o) => o.code)).toEqual(['harm', 'obscene', 'threats', 'unreadable', 'noSubstance', 'alreadyAnswered']);
    expect(idrinsky.at(-1)!.instead?.ru).toContain('адрес');
    expect(rejectionReasonOptions(undefined)).toHaveLength(6);
  });
});
