import { describe, expect, it } from 'vitest';
import { networks } from '../cases/schema';
import { countByStatus, distinctValues, filterQueue, isFiltered, normalizeForSearch, queueNetworks, type QueueFilters } from './filter';
import type { QueueCase } from './types';

const NOW = Date.UTC(2026, 10, 25, 9, 0);

function c(id: string, over: Partial<QueueCase> = {}): QueueCase {
  return {
    id,
    network: 'vk',
    author: { name: 'Иван Петров' },
    text: 'Когда починят дорогу?',
    status: 'inWork',
    executors: ['p1'],
    importance: 'normal',
    detectedAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...over,
  };
}

const cases = [
  c('1', { text: 'Ёлка на площади не горит', author: { name: 'Алёна' }, topic: 'Благоустройство', nextDueAt: NOW - 1 }),
  c('2', { network: 'ok', executors: [], status: 'new', nextDueAt: NOW + 5 }),
  c('3', { status: 'answered', importance: 'high', topic: 'Дороги' }),
  c('4', { executors: ['p2', 'p1'], importance: 'high', text: 'Мусор\nне вывозят', nextDueAt: NOW }),
];
const ids = (filters: QueueFilters) => filterQueue(cases, filters, NOW).map((x) => x.id);

describe('filterQueue', () => {
  it('shows open cases by default and finished ones only when asked', () => {
    expect(ids({ status: 'open' })).toEqual(['1', '2', '4']);
    expect(ids({ status: 'all' })).toEqual(['1', '2', '3', '4']);
    expect(ids({ status: 'answered' })).toEqual(['3']);
  });

  it('filters by network, executor (or none), topic, importance and overdue', () => {
    expect(ids({ status: 'all', network: 'ok' })).toEqual(['2']);
    expect(ids({ status: 'all', executor: 'p1' })).toEqual(['1', '3', '4']);
    expect(ids({ status: 'all', executor: '' })).toEqual(['2']);
    expect(ids({ status: 'all', topic: 'Дороги' })).toEqual(['3']);
    expect(ids({ status: 'all', importance: 'high' })).toEqual(['3', '4']);
    expect(ids({ status: 'all', overdueOnly: true })).toEqual(['1', '4']);
  });

  it('searches text and author case-insensitively with ё = е, across line breaks', () => {
    expect(ids({ status: 'all', search: 'ЕЛКА' })).toEqual(['1']);
    expect(ids({ status: 'all', search: 'алена' })).toEqual(['1']);
    expect(ids({ status: 'all', search: 'мусор не' })).toEqual(['4']);
    expect(ids({ status: 'all', search: '  петров ' })).toEqual(['2', '3', '4']);
    expect(ids({ status: 'all', search: 'трамвай' })).toEqual([]);
  });

  it('combines filters', () => {
    expect(ids({ status: 'open', importance: 'high', overdueOnly: true, search: 'мусор' })).toEqual(['4']);
  });
});

describe('helpers', () => {
  it('queueNetworks are the case schema\'s networks', () => {
    expect(queueNetworks).toEqual(networks);
  });

  it('normalizeForSearch', () => {
    expect(normalizeForSearch('  Ёжик\tв  ТУМАНЕ ')).toBe('ежик в тумане');
  });

  it('countByStatus lists every status', () => {
    const counts = countByStatus(cases);
    expect(counts.inWork).toBe(2);
    expect(counts.new).toBe(1);
    expect(counts.answered).toBe(1);
    expect(counts.closed).toBe(0);
  });

  it('isFiltered and distinctValues', () => {
    expect(isFiltered({ status: 'open' })).toBe(false);
    expect(isFiltered({ status: 'open', search: ' ' })).toBe(false);
    expect(isFiltered({ status: 'open', overdueOnly: true })).toBe(true);
    expect(distinctValues(cases, (x) => x.executors)).toEqual(['p1', 'p2']);
    expect(distinctValues(cases, (x) => x.topic)).toEqual(['Благоустройство', 'Дороги']);
  });
});
