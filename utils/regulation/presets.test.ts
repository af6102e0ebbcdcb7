/**
 * Each preset against its seed: every stage's term in words (as the seed words it), its actor and
 * clause; the lists the side panel shows; and the readings the seeds leave open.
 */
import { describe, expect, it } from 'vitest';
import { rejectionReasonCodes, revisionReasonCodes } from '../cases/events';
import { DEFAULT_REGULATION_ID, describeStageRule, regulationPresets, type Regulation } from './index';

/** stage → "term in Russian | actor | clause" */
function stagesInWords(regulation: Regulation): Record<string, string> {
  const label = (id: string) => regulation.stages.find((s) => s.id === id)?.label.ru ?? id;
  return Object.fromEntries(regulation.stages.map((s) => [s.id, `${describeStageRule(s, 'ru', label)} | ${s.actor} | ${s.clause}`]));
}

describe('regulation presets', () => {
  it('has the five seeds under their ids, and the default is one of them', () => {
    expect(Object.keys(regulationPresets).sort()).toEqual(['blagoveshchensk', 'bolshoy-beysug', 'idrinsky', 'korenovsk', 'luga']);
    for (const [id, preset] of Object.entries(regulationPresets)) expect(preset.id).toBe(id);
    expect(regulationPresets[DEFAULT_REGULATION_ID]).toBeDefined();
  });

  it('takes each time zone from the seed’s region', () => {
    const zones = Object.fromEntries(Object.values(regulationPresets).map((r) => [r.id, r.timeZone]));
    expect(zones).toEqual({
      'bolshoy-beysug': 'Europe/Moscow',
      idrinsky: 'Asia/Krasnoyarsk',
      blagoveshchensk: 'Asia/Yakutsk',
      korenovsk: 'Europe/Moscow',
      luga: 'Europe/Moscow',
    });
  });

  it('names the networks each seed names', () => {
    const nets = Object.fromEntries(Object.values(regulationPresets).map((r) => [r.id, r.networks.map((n) => n.id).join(' ')]));
    expect(nets).toEqual({
      'bolshoy-beysug': 'instagram', // p. 3
      idrinsky: 'instagram vk ok facebook', // пост. p. 1, p. 2.2
      blagoveshchensk: 'ok vk facebook instagram blogs videoHosting forums messengers reviewSites', // p. 3
      korenovsk: 'ok vk telegram', // p. 2
      luga: 'vk instagram', // p. 3
    });
  });

  it('seed 000 Bolshoy Beysug', () => {
    expect(stagesInWords(regulationPresets['bolshoy-beysug'])).toEqual({
      returnNotCompetent: '30 рабочих минут с момента поступления исполнителю | executor | п. 7',
      draft: '6 рабочих часов с момента поступления исполнителю | executor | п. 9',
      publish: '1 рабочий час с момента поступления проекта | operator | п. 10',
      answer: '12 рабочих часов с момента выявления | operator | п. 8',
      final: '7 рабочих дней со дня направления промежуточного ответа | executor | п. 11',
    });
  });

  it('seed 001 Idrinsky', () => {
    expect(stagesInWords(regulationPresets.idrinsky)).toEqual({
      route: '3 рабочих часа с момента размещения сообщения | operator | п. 3.1',
      draft: '4 рабочих часа с момента поступления исполнителю | executor | п. 3.2',
      revise: '3 рабочих часа с момента возврата на доработку | executor | п. 3.2',
      prepare: '23 часа без учёта выходных и праздничных дней с момента выявления | executor | п. 3.2',
      answer: '24 часа без учёта выходных и праздничных дней, но не менее 8 рабочих часов с момента выявления | operator | п. 3.3',
      explain: '12 рабочих часов с момента размещения сообщения | operator | п. 3.7',
    });
    expect(regulationPresets.idrinsky.operatorMayApprove).toBe(true); // pp. 2.1, 3.2: the operator checks and publishes
  });

  it('seed 002 Blagoveshchensk', () => {
    expect(stagesInWords(regulationPresets.blagoveshchensk)).toEqual({
      route: '30 рабочих минут с момента выявления | curator | п. 7',
      returnNotCompetent: '2 рабочих часа с момента поступления исполнителю | departmentHead | п. 8',
      part: '2 рабочих часа с момента поступления исполнителю | executor | п. 15',
      draft: 'не позднее чем за 4 рабочих часа до срока этапа «Ответ размещён (общий срок)» | executor | п. 10',
      approve: '30 рабочих минут с момента поступления проекта | curator | п. 11',
      revise: '1 рабочий час с момента возврата на доработку | executor | п. 12',
      publish: '30 рабочих минут с момента согласования | executor | п. 13',
      answer: '8 рабочих часов с момента выявления | executor | п. 9',
      finalDraft: 'не позднее чем за 1 рабочий день до срока этапа «Окончательный ответ после промежуточного» | executor | п. 10',
      final: '7 рабочих дней со дня направления промежуточного ответа | executor | п. 14',
    });
  });

  it('seed 003 Korenovsk', () => {
    expect(stagesInWords(regulationPresets.korenovsk)).toEqual({
      route: '30 рабочих минут с момента выявления | curator | п. 10, 19',
      returnNotCompetent: '30 рабочих минут с момента поступления исполнителю | executor | п. 11',
      reroute: '30 рабочих минут с момента возврата не по компетенции | curator | п. 11',
      clarify: '1 рабочий час с момента поступления исполнителю | executor | п. 13',
      part: '2 рабочих часа с момента поступления исполнителю | executor | п. 19',
      draft: 'не позднее чем за 3 рабочих часа до срока этапа «Ответ размещён (общий срок)» | executor | п. 12',
      approve: '30 рабочих минут с момента поступления проекта | curator | п. 14',
      revise: '1 рабочий час с момента возврата на доработку | executor | п. 15',
      publish: '30 рабочих минут с момента согласования | executor | п. 16',
      answer: '8 рабочих часов с момента выявления; при повышенной важности — 4 рабочих часа с момента выявления | executor | п. 9',
      final: '7 рабочих дней со дня направления промежуточного ответа | executor | п. 18',
    });
  });

  it('seed 004 Luga', () => {
    expect(stagesInWords(regulationPresets.luga)).toEqual({
      returnNotCompetent: '30 рабочих минут с момента поступления исполнителю | executor | п. 5',
      draft: '5 рабочих часов с момента поступления исполнителю | executor | п. 7',
      revise: '1 рабочий час с момента возврата на доработку | executor | п. 8',
      publish: '30 рабочих минут с момента согласования | executor | п. 9',
      answer: '9 рабочих часов с момента выявления | executor | п. 6',
      final: '7 рабочих дней со дня направления промежуточного ответа | executor | п. 10',
    });
    expect(regulationPresets.luga.detection.by).toBe('region');
  });

  it('marks every working clock the seed does not spell out as an inferred reading', () => {
    const inferredClocks = Object.values(regulationPresets).flatMap((r) =>
      r.stages.filter((s) => s.inferred?.some((x) => x.reading.includes('без слова «рабочих»'))).map((s) => `${r.id}:${s.id}`),
    );
    expect(inferredClocks).toEqual([
      'bolshoy-beysug:returnNotCompetent', // p. 7 «в течение 30 минут»
      'bolshoy-beysug:publish', // p. 10 «в течение одного часа»
      'idrinsky:draft', // p. 3.2 «4-х часов»
      'idrinsky:revise', // p. 3.2 «3-х часов»
      'blagoveshchensk:route', // p. 7 «30 минут»
      'blagoveshchensk:returnNotCompetent', // p. 8 «2 часов»
      'blagoveshchensk:part', // p. 15 «2 часов»
      'blagoveshchensk:draft', // p. 10 «за 4 часа»
      'blagoveshchensk:approve', // p. 11 «30 минут»
      'blagoveshchensk:revise', // p. 12 «1 часа»
      'blagoveshchensk:publish', // p. 13 «30 минут»
      'luga:returnNotCompetent', // p. 5 «30 минут»
      'luga:revise', // p. 8 «1 часа»
      'luga:publish', // p. 9 «30 минут»
    ]);
  });

  it('gives every inferred reading a clause and Russian text', () => {
    for (const r of Object.values(regulationPresets)) {
      const readings = [...r.inferred, ...r.stages.flatMap((s) => s.inferred ?? []), ...r.answerChecklist.flatMap((i) => i.inferred ?? [])];
      expect(readings.length).toBeGreaterThan(0);
      for (const x of readings) {
        expect(x.clause.length).toBeGreaterThan(0);
        expect(x.reading).toMatch(/[а-яё]/i);
        expect(x.why).toMatch(/[а-яё]/i);
      }
    }
  });

  it('uses the workflow’s codes for «not subject to an answer» and for refusal reasons', () => {
    for (const r of Object.values(regulationPresets)) {
      for (const ground of r.notSubjectToAnswer) expect(rejectionReasonCodes).toContain(ground.id);
      for (const reason of r.refusalReasons) expect(revisionReasonCodes).toContain(reason.id);
    }
    const grounds = (id: keyof typeof regulationPresets) => regulationPresets[id].notSubjectToAnswer.map((g) => `${g.id} ${g.clause}`);
    expect(grounds('bolshoy-beysug')).toEqual(['harm п. 14', 'obscene п. 14', 'threats п. 14']);
    expect(grounds('idrinsky')).toEqual(['harm п. 3.6', 'obscene п. 3.6', 'threats п. 3.6', 'unreadable п. 3.6', 'noSubstance п. 3.6', 'alreadyAnswered п. 3.6']);
    expect(grounds('blagoveshchensk')).toEqual(['harm п. 18', 'obscene п. 18', 'threats п. 18']);
    expect(grounds('korenovsk')).toEqual(['harm п. 21', 'obscene п. 21', 'threats п. 21']);
    expect(grounds('luga')).toEqual(['harm п. 12', 'obscene п. 12', 'threats п. 12']);
    expect(regulationPresets.korenovsk.refusalReasons.map((r) => r.id)).toEqual(['notAnswering', 'wrongFormat', 'otherBody', 'spelling']);
  });

  it('carries the answer checklists of the seeds', () => {
    const checklist = (id: keyof typeof regulationPresets) => regulationPresets[id].answerChecklist.map((i) => `${i.id}${i.when === 'repeat' ? ' (repeat)' : ''} ${i.clause}`);
    expect(checklist('bolshoy-beysug')).toEqual(['networkFormat п. 13', 'toThePoint п. 13', 'proofAttached п. 13', 'repeatSaysWhatWasDone (repeat) п. 12']);
    expect(checklist('idrinsky')).toEqual(['informativeAndComplete п. 3.2', 'publicOrPrivate п. 3.4', 'generalInterestAsNews п. 3.5', 'attachments п. 2.8']);
    expect(checklist('blagoveshchensk')).toEqual(['networkFormat п. 17', 'toThePoint п. 17', 'proofAttached п. 17', 'repeatSaysWhatWasDone (repeat) п. 16']);
    expect(checklist('korenovsk')).toEqual(['networkFormat п. 20', 'toThePoint п. 20', 'proofAttached п. 20', 'spelling п. 20', 'noBureaucratese Прил. 1 п. 10']);
    expect(checklist('luga')).toEqual(['networkFormat п. 11', 'toThePoint п. 11', 'proofAttached п. 11']);
  });

  it('keeps Idrinsky’s explanation grounds and the 59-FZ conversion (pp. 3.7, 3.8)', () => {
    const idrinsky = regulationPresets.idrinsky;
    expect(idrinsky.explanationGrounds.map((g) => g.id)).toEqual(['notCompetent', 'abuseOfRight', 'courtRuling', 'repeatedlyAnswered']);
    expect(idrinsky.appealConversion).toMatchObject({ consentRequired: true, requiredFields: ['fullName', 'postalOrEmailAddress', 'phone'], mailbox: 'pub59524@krasmail.ru' });
    expect(Object.values(regulationPresets).filter((r) => r.appealConversion).map((r) => r.id)).toEqual(['idrinsky']);
  });

  it('shows the rows of REGULATIONS.md that are not terms as notes', () => {
    const topics = (id: keyof typeof regulationPresets) => new Set(regulationPresets[id].notes.map((n) => n.topic));
    for (const id of Object.keys(regulationPresets) as Array<keyof typeof regulationPresets>) expect(topics(id)).toContain('law59fz');
    expect(topics('bolshoy-beysug')).toEqual(new Set(['law59fz', 'accounts', 'routing', 'clarification', 'repeat', 'responsibility', 'control', 'reporting']));
    expect(topics('idrinsky')).toContain('weekends'); // p. 3.9
    expect(topics('blagoveshchensk')).toContain('severalExecutors'); // p. 15
    expect(topics('blagoveshchensk')).toContain('reporting'); // p. 20
    expect(topics('korenovsk')).toContain('interim'); // p. 18: the curator sets the sub-stage terms
    expect(topics('luga')).toContain('routing'); // p. 4: the region routes
  });
});
