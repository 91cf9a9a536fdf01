/** "1 relation", "31 relations": a count with its noun in the right number. */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
