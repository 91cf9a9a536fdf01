import { useDeferredValue, useState, type DragEvent } from 'react';
import { editStep, moveStep, removeSteps } from '../../../shared/commands/storylineCommands';
import type { StepShows } from '../../../shared/model/storylineRecord';
import { useEditor, useEditorStore } from '../store/useEditor';
import { revealNode, selectOnly } from '../store/selection';
import { addSelectedSteps, generateInto, startPresentation } from '../store/storylineActions';
import { IconButton } from '../ui/IconButton';
import { ChevronDownIcon, ChevronUpIcon, PlayIcon, PlusIcon, SparkIcon, TrashIcon } from '../ui/icons';
import { shortcutText } from '../ui/shortcutText';
import { StoryStepRow } from './StoryStepRow';
import './panelLayout.css';
import './storyline.css';

/** The drag's data type: a step of this map's storyline, by id. */
const STEP_TYPE = 'application/x-argmap-step';

/** Where a step dragged over the row at `index` would go: before it (its upper half) or after it. */
const placeOf = (event: DragEvent<HTMLElement>, index: number): number => {
  const box = event.currentTarget.getBoundingClientRect();
  return event.clientY < box.top + box.height / 2 ? index : index + 1;
};

/**
 * The storyline beside the map: its steps in order, each its focus node and what it shows, the
 * open one with its speaker notes. Reorder by drag or Alt+Up/Down, add the selected nodes, remove,
 * generate afresh, present. Every change is one undo step.
 */
export function StorylinePanel() {
  const store = useEditorStore();
  const map = useDeferredValue(useEditor((state) => state.document));
  const hasSelection = useEditor((state) => state.session.selected.size > 0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  if (!map) return null;
  const steps = map.storyline ?? [];

  const focusRow = (id: string): void =>
    void requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.story-step[data-step-id="${CSS.escape(id)}"]`)?.focus(),
    );
  const move = (id: string, to: number): void => {
    if (store.run(moveStep, { id, to })) focusRow(id);
  };
  const remove = (id: string, index: number): void => {
    store.run(removeSteps, { ids: [id] });
    const next = steps[index + 1] ?? steps[index - 1];
    if (next) focusRow(next.id);
  };

  return (
    <aside className="side-panel storyline-panel" aria-labelledby="storyline-title">
      <header className="panel-header">
        <h2 className="panel-header__title" id="storyline-title">
          Storyline
        </h2>
        <span className="panel-header__count">{steps.length}</span>
        <div className="panel-header__actions">
          <IconButton label="Generate storyline" onClick={() => generateInto(store)}>
            <SparkIcon />
          </IconButton>
          <IconButton
            label="Add selected node as a step"
            disabled={!hasSelection}
            onClick={() => {
              addSelectedSteps(store);
              // The new steps are at the end: bring the last into view.
              requestAnimationFrame(() =>
                document
                  .querySelector('.storyline-steps > .story-step:last-child')
                  ?.scrollIntoView({ block: 'nearest' }),
              );
            }}
          >
            <PlusIcon />
          </IconButton>
          <IconButton
            label="Present"
            shortcut={shortcutText('present') ?? undefined}
            disabled={Object.keys(map.nodes).length === 0}
            onClick={() =>
              startPresentation(
                store,
                openId
                  ? Math.max(
                      0,
                      steps.findIndex((s) => s.id === openId),
                    )
                  : 0,
              )
            }
          >
            <PlayIcon />
          </IconButton>
        </div>
      </header>
      {steps.length === 0 ? (
        <p className="storyline-panel__empty">
          No storyline yet. Generate one from the thesis, or select nodes and add them as steps. F5 presents it.
        </p>
      ) : (
        <ol className="storyline-steps" aria-label="Steps" data-own-keys>
          {steps.map((step, index) => (
            <StoryStepRow
              key={step.id}
              step={step}
              index={index}
              node={map.nodes[step.focus]}
              open={openId === step.id}
              dropBefore={dropAt === index}
              dropAfter={dropAt === steps.length && index === steps.length - 1}
              onOpen={() => {
                setOpenId(step.id);
                selectOnly(store, [step.focus]);
                revealNode(store, step.focus);
              }}
              onKeyDown={(event) => {
                if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
                  event.preventDefault();
                  move(step.id, index + (event.key === 'ArrowUp' ? -1 : 1));
                } else if (!event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
                  event.preventDefault();
                  const next = steps[index + (event.key === 'ArrowUp' ? -1 : 1)];
                  if (next) focusRow(next.id);
                } else if (
                  (event.key === 'Delete' || event.key === 'Backspace') &&
                  event.target === event.currentTarget
                ) {
                  event.preventDefault();
                  remove(step.id, index);
                }
              }}
              onDragStart={(event) => {
                event.dataTransfer.setData(STEP_TYPE, step.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(STEP_TYPE)) return;
                event.preventDefault();
                setDropAt(placeOf(event, index));
              }}
              onDragLeave={() => setDropAt(null)}
              onDrop={(event) => {
                const id = event.dataTransfer.getData(STEP_TYPE);
                setDropAt(null);
                const from = steps.findIndex((candidate) => candidate.id === id);
                if (from < 0) return;
                event.preventDefault();
                const place = placeOf(event, index);
                // Dropped below its own place: the places after it move up by one once it is taken out.
                move(id, place > from ? place - 1 : place);
              }}
              actions={
                <>
                  <IconButton
                    label="Move step up"
                    shortcut="Alt+Up"
                    disabled={index === 0}
                    onClick={() => move(step.id, index - 1)}
                  >
                    <ChevronUpIcon />
                  </IconButton>
                  <IconButton
                    label="Move step down"
                    shortcut="Alt+Down"
                    disabled={index === steps.length - 1}
                    onClick={() => move(step.id, index + 1)}
                  >
                    <ChevronDownIcon />
                  </IconButton>
                  <IconButton label="Remove step" shortcut="Delete" onClick={() => remove(step.id, index)}>
                    <TrashIcon />
                  </IconButton>
                </>
              }
              onShows={(shows: StepShows) => store.run(editStep, { id: step.id, shows })}
              onNotes={(notes: string) => store.run(editStep, { id: step.id, notes })}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
