import { plural } from '../ui/plural';
import { useMemo } from 'react';
import type { ArgumentMap } from '../../../shared/model/argumentMap';
import { NODE_KIND_LABELS, NODE_KINDS, RELATION_KIND_LABELS, RELATION_KINDS } from '../../../shared/model/kinds';
import { kindColor } from '../ui/themeTokens';
import { RelationLine } from './NodeConnections';
import { mapCounts } from './inspectorModel';
import type { ActionId } from '../../../shared/actions/actions';
import { shortcutText } from '../ui/shortcutText';

/** The keys a new user needs first, as the action table binds them. */
const FIRST_KEYS: [ActionId, string][] = [
  ['addReason', 'add reason'],
  ['addSibling', 'add sibling after typing'],
  ['editText', 'edit'],
  ['deleteSelection', 'delete'],
  ['undo', 'undo'],
  ['find', 'find'],
];

/** Nothing selected: what the map is, how much is on it, and the keys to build it. */
export function InspectorMap({ map }: { map: ArgumentMap }) {
  const counts = useMemo(() => mapCounts(map), [map]);
  const { meta } = map;
  const facts: [string, string | undefined][] = [
    ['Title', meta.title || 'Untitled map'],
    ['Author', meta.author],
    ['Date', meta.date],
    ['Description', meta.description],
    ['Source', meta.source && [meta.source.title, meta.source.author, meta.source.date].filter(Boolean).join(', ')],
  ];
  return (
    <div className="inspector-section">
      <h3 className="inspector__heading">Map</h3>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term} className="facts__row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <section className="inspector-subsection" aria-labelledby="map-counts">
        <h4 className="inspector__subheading" id="map-counts">
          {plural(counts.nodes, 'node')} · {plural(counts.relations, 'relation')}
        </h4>
        <ul className="tally">
          {NODE_KINDS.filter((kind) => counts.byNodeKind[kind] > 0).map((kind) => (
            <li key={kind} className="tally__item">
              <span
                className="kind-swatch"
                style={{ background: kindColor(kind, 'fill'), borderColor: kindColor(kind, 'border') }}
                aria-hidden
              />
              <span className="tally__label">{NODE_KIND_LABELS[kind]}</span>
              <span className="tally__count">{counts.byNodeKind[kind]}</span>
            </li>
          ))}
        </ul>
        <ul className="tally">
          {RELATION_KINDS.filter((kind) => counts.byRelationKind[kind] > 0).map((kind) => (
            <li key={kind} className="tally__item">
              <RelationLine kind={kind} />
              <span className="tally__label">{RELATION_KIND_LABELS[kind]}</span>
              <span className="tally__count">{counts.byRelationKind[kind]}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="inspector-subsection" aria-labelledby="map-keys">
        <h4 className="inspector__subheading" id="map-keys">
          Keyboard
        </h4>
        <p className="inspector__hint">Select a node to edit it here. On the map:</p>
        <ul className="shortcuts">
          {FIRST_KEYS.map(([id, action]) => (
            <li key={action} className="shortcuts__item">
              {(shortcutText(id) ?? '').split('+').map((key, index) => (
                <span key={key}>
                  {index > 0 && '+'}
                  <kbd>{key}</kbd>
                </span>
              ))}{' '}
              {action}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
