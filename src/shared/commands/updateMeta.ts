import type { MapMetadata } from '../model/argumentMap';
import { ISO_DATE, LIMITS } from '../model/recordLimits';
import type { Command } from './command';

/** The map's details the inspector edits. */
export type MetaChanges = Partial<Pick<MapMetadata, 'title' | 'author' | 'date' | 'description'>>;

const NAMES: Record<keyof MetaChanges, string> = {
  title: 'Edit map title',
  author: 'Edit map author',
  date: 'Edit map date',
  description: 'Edit map description',
};

/** Why a date cannot be kept: the file holds yyyy-mm-dd, a real day. */
export function dateProblem(date: string): string | null {
  const value = date.trim();
  if (value === '') return null;
  if (!ISO_DATE.test(value)) return 'Write the date as yyyy-mm-dd, e.g. 2026-12-08.';
  const parsed = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value
    ? `${value} is not a day of the calendar.`
    : null;
}

/**
 * Changes the map's title, author, date or description. An empty author, date or description is
 * removed, not kept blank; a date that is not yyyy-mm-dd is refused with the reason (the store
 * shows it), so nothing unsavable enters the document.
 */
export const updateMeta: Command<MetaChanges> = {
  name: 'updateMeta',
  label: (changes) => {
    const fields = Object.keys(changes) as (keyof MetaChanges)[];
    return fields.length === 1 ? NAMES[fields[0]] : 'Edit map details';
  },
  perform: (draft, changes) => {
    const meta = draft.meta;
    if (changes.title !== undefined) {
      const title = changes.title.trim().slice(0, LIMITS.textLength);
      if (title !== meta.title) meta.title = title;
    }
    if (changes.date !== undefined) {
      const problem = dateProblem(changes.date);
      if (problem) throw new Error(problem);
    }
    for (const key of ['author', 'date', 'description'] as const) {
      const value = changes[key];
      if (value === undefined) continue;
      const kept = (key === 'description' ? value : value.trim()).slice(0, LIMITS.textLength);
      if (kept === (meta[key] ?? '')) continue;
      if (kept.trim()) meta[key] = kept;
      else delete meta[key];
    }
  },
};
