import { NODE_KIND_LABELS, NODE_KINDS, RELATION_KIND_LABELS, RELATION_KINDS } from '../../../shared/model/kinds';
import { useEditor } from '../store/useEditor';
import { EvaluationLegend } from '../evaluation/EvaluationLegend';
import { RELATION_STYLES } from '../../../shared/render/palette';
import { kindColor, relationColor } from '../ui/themeTokens';

/** What each colour and line means; the same styles the canvas draws with. */
export function Legend() {
  const evaluationShown = useEditor((state) => state.session.panels.evaluation);
  return (
    <aside className="legend" aria-label="Legend">
      <h2 className="legend__title">Legend</h2>
      <ul className="legend__list legend__list--kinds">
        {NODE_KINDS.map((kind) => (
          <li key={kind} className="legend__item">
            <span
              className="legend__swatch"
              style={{ background: kindColor(kind, 'fill'), borderColor: kindColor(kind, 'border') }}
              aria-hidden
            />
            {NODE_KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <ul className="legend__list">
        {RELATION_KINDS.map((kind) => {
          const look = RELATION_STYLES[kind];
          return (
            <li key={kind} className="legend__item">
              <svg width="36" height="12" aria-hidden className="legend__line">
                <line
                  x1="2"
                  y1="6"
                  x2="28"
                  y2="6"
                  style={{ stroke: relationColor(kind) }}
                  strokeWidth={look.width}
                  strokeDasharray={look.dash}
                />
                <path
                  d="M27 1 L35 6 L27 11"
                  style={{ fill: kind === 'undercut' ? 'none' : relationColor(kind), stroke: relationColor(kind) }}
                  strokeWidth="1.5"
                />
              </svg>
              {RELATION_KIND_LABELS[kind]}
            </li>
          );
        })}
        <li className="legend__item">
          <span className="legend__linked" aria-hidden>
            linked
          </span>
          Premises that count only together
        </li>
      </ul>
      {evaluationShown && <EvaluationLegend />}
    </aside>
  );
}
