import type { ParticipantId } from './ids';
import { colour, id, object, optional, text, type ValueOf } from './recordFields';
import { LIMITS } from './recordLimits';

/** Someone who speaks in the debate the map records: nodes name them as their speaker. */
export const participantRecord = object({
  id: id<ParticipantId>(),
  name: text({ min: 1, max: LIMITS.titleLength }),
  /** The colour of their badge on cards, as #rrggbb. */
  colour: colour(),
  /** Their side or part, such as "Government" or "Opposition". */
  role: optional(text({ max: LIMITS.titleLength })),
});
export type Participant = ValueOf<typeof participantRecord>;
