import type { CardView } from '../model/metadataRecord';
import type { Command } from './command';

/**
 * Shows the map's cards whole or compact (View › Compact Cards). Saved with the map, so it is an
 * edit like any other: one undo step. "full" is the default and is stored as no field at all.
 */
export const setCardView: Command<{ view: CardView }> = {
  name: 'setCardView',
  label: ({ view }) => (view === 'compact' ? 'Compact cards' : 'Whole card texts'),
  perform: (draft, { view }) => {
    if (view === 'compact') draft.meta.cards = 'compact';
    else delete draft.meta.cards;
  },
};
