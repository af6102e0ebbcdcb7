/**
 * Test-only builders for backups: realistic cases in every phase of the procedure, cloned in bulk
 * (10,000 for the round-trip test, 100,000 for the bench) without running the workflow per copy.
 */
import type { CaseEventInput } from '../cases/events';
import { createCaseFromCapture, type Case } from '../cases/schema';
import { capturedComment, MINUTE, T0 } from '../cases/test-fixtures';
import { deriveCase, applyEvent, type WorkflowPolicy } from '../cases/workflow';
import type { CapturedItem } from '../sites/types';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from './format';
import { defaultSettings } from '../settings/schema';

const policy: WorkflowPolicy = { operatorMayApprove: false };

function build(id: string, item: Partial<CapturedItem>, steps: Array<[CaseEventInput['type'], unknown, number]>): Case {
  let c = createCaseFromCapture(capturedComment(item), { id, eventId: `${id}-e0`, actor: 'me', regulationId: 'korenovsk', now: item.detectedAt ?? T0 });
  for (const [type, data, minutes] of steps) {
    const at = c.detectedAt + minutes * MINUTE;
    c = applyEvent(c, { id: `${id}-e${c.events.length}`, type, data, at, recordedAt: at, actor: 'me' } as CaseEventInput, policy, at);
  }
  return c;
}

/** One case in each phase: new, routed, on approval, answered, interim, not subject, closed. */
export function patternCases(): Case[] {
  const routed: Array<[CaseEventInput['type'], unknown, number]> = [['routed', { executors: ['me'], topic: 'Дороги' }, 10]];
  const drafted: typeof routed = [...routed, ['draftSubmitted', { kind: 'answer', text: 'Отремонтируем до пятницы.' }, 60]];
  const approved: typeof routed = [...drafted, ['approved', {}, 70]];
  return [
    build('p-new', {}, []),
    build('p-routed', { itemKey: 'p2', author: { name: 'Анна', url: 'https://vk.com/anna' } }, routed),
    build('p-approval', { itemKey: 'p3', kind: 'post' }, drafted),
    build('p-answered', { itemKey: 'p4' }, [...approved, ['published', { kind: 'answer', url: 'https://vk.com/wall-1_2?reply=90' }, 80]]),
    build('p-interim', { itemKey: 'p5' }, [
      ...routed,
      ['draftSubmitted', { kind: 'interim', text: 'Вопрос изучается.' }, 30],
      ['approved', {}, 40],
      ['interimPublished', {}, 50],
    ]),
    build('p-rejected', { itemKey: 'p6', text: 'Оскорбления' }, [['rejected', { reason: 'obscene' }, 5]]),
    build('p-closed', { itemKey: 'p7' }, [...routed, ['note', { text: 'Дубль' }, 12], ['closed', { reason: 'Дубль' }, 15]]),
  ];
}

/** `count` cases cloned from the patterns, each with its own ids, item key and times. */
export function manyCases(count: number, patterns: readonly Case[] = patternCases()): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const source = patterns[i % patterns.length]!;
    const shift = (i % 5_000) * 7 * MINUTE;
    const id = `c${i}`;
    const copy: Case = structuredClone(source);
    copy.id = id;
    copy.itemKey = `wall-${i}_${i % 97}`;
    copy.text = `${source.text} №${i}`;
    copy.detectedAt += shift;
    copy.createdAt += shift;
    copy.updatedAt += shift;
    if (copy.postedAt !== undefined) copy.postedAt += shift;
    copy.events = copy.events.map((event, n) => ({ ...event, id: `${id}-e${n}`, at: event.at + shift, recordedAt: event.recordedAt + shift }));
    out.push(deriveCase(copy));
  }
  return out;
}

export function backupOf(cases: Case[], overrides: Partial<Backup> = {}): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: T0,
    cases,
    people: [],
    topics: [],
    locations: [],
    templates: [],
    regulations: [],
    settings: defaultSettings,
    ...overrides,
  };
}
