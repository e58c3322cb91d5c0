import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { TimelineEvent } from '../types.js';
import type { BrowseStory } from '../browse.js';
import { placeIn, withCommands, withPlace, type AppState, type Place } from '../state/index.js';
import { COMMAND_SUMMARY, completeCommand, parseCommand, withCommand, type Command } from './command-line.js';
import type { NavigationAction, NavigationState } from './navigation.js';
import {
  backgroundFold,
  positionOfDate,
  positionOfEvent,
  resolveDate,
  shownTimeline,
  storyStart,
  type Fold,
  type ShownTimeline,
  type TimelineView,
} from './timeline-rows.js';

/** What the state hook needs to move through time and remember where the reader was. */
export interface TimeNavigationInput {
  story: BrowseStory;
  nav: NavigationState;
  dispatch(action: NavigationAction): void;
  userState: AppState;
  updateUserState(change: (state: AppState) => AppState): void;
  saveUserState(state: AppState): void;
  corpus: string;
  bodyHeight: number;
  setMessage(message: string | null): void;
  exit(): void;
}

/** The timeline as shown and the commands that move through it (the app context holds these). */
export interface TimeNavigation {
  /** The timeline shown: entity filter and date range applied, in the order asked (a view). */
  shown: ShownTimeline;
  /** Its background folded into one row, or null. */
  fold: Fold | null;
  /** Puts the timeline's cursor on the first row of a day, month or year (else the nearest day). */
  jumpToDate(value: string, options?: { clearFilter?: boolean }): void;
  /** Runs the command line as typed and closes it. */
  runCommandLine(): void;
  /** Tab in the command line: completes the command name. */
  completeCommandLine(): void;
}

/** How long the cursor rests on a row before it is saved as the place (a held j saves once). */
const PLACE_SAVE_MS = 400;

/**
 * Where the timeline opens: at the place left in this corpus (its event, else the event with its
 * date and summary, else the nearest day), else at the story, past its folded background.
 */
export function startPosition(shown: ShownTimeline, fold: Fold | null, place: Place | undefined): number {
  if (place) {
    const byId = shown.positionOf(shown.base.indexOfId(place.eventId));
    if (byId >= 0) return byId;
    const same = positionOfEvent(shown, place.date, place.summary);
    if (same >= 0) return same;
    const near = positionOfDate(shown, place.date.slice(0, 10));
    if (near) return near.position;
  }
  return fold && fold.from === 0 ? fold.to : 0;
}

/** The timeline's view (order, range, fold), the command line, and the place kept per corpus. */
export function useTimeNavigation(input: TimeNavigationInput): TimeNavigation {
  const { story, nav, dispatch, userState, corpus, bodyHeight, setMessage } = input;
  const view: TimelineView = {
    entity: nav.entityFilter,
    since: nav.range.since,
    until: nav.range.until,
    newestFirst: nav.newestFirst,
  };
  const shown = useMemo(
    () => shownTimeline(story.timeline, view),
    [story.timeline, view.entity, view.since, view.until, view.newestFirst],
  );
  const start = useMemo(() => storyStart(story.coverage), [story]);
  const fold = useMemo(() => backgroundFold(shown, start, nav.newestFirst), [shown, start, nav.newestFirst]);

  // The place is taken up at start and again as streamed events arrive, until the reader moves
  // in the timeline; from then on, where the cursor rests is saved as the place.
  const place = useRef(placeIn(userState, corpus));
  const cursor = nav.lists.timeline.cursor;
  // Placed while rendering (React renders again before anything is drawn), so no frame shows
  // the cursor on the first row and then elsewhere.
  const opening = useMemo(() => startPosition(shown, fold, place.current), [shown, fold]);
  if (!nav.timelineMoved && shown.length > 0 && opening !== cursor)
    dispatch({ type: 'place', list: 'timeline', index: opening, count: shown.length, height: bodyHeight });

  // Once the reader has moved, the event selected stays selected as the timeline shown changes
  // (events stream in, :sort, :since, :until, :all): found by id, else the nearest row by date.
  // Placed while rendering too, so no frame shows the cursor on another event.
  const kept = useRef<{ row: KeptRow | undefined; shown: ShownTimeline; entity: string | null }>({
    row: undefined,
    shown,
    entity: view.entity,
  });
  let selectedAt = cursor;
  const { row: keptRow } = kept.current;
  if (nav.timelineMoved && kept.current.shown !== shown && kept.current.entity === view.entity) {
    // None was selected (the timeline was empty): the new one opens at its story.
    const at = keptRow ? keptPosition(shown, keptRow) : startPosition(shown, fold, undefined);
    if (at !== null && at !== cursor && shown.length > 0) {
      dispatch({ type: 'place', list: 'timeline', index: at, count: shown.length, height: bodyHeight });
      selectedAt = at;
    }
  }
  kept.current = { row: keptRowAt(shown, selectedAt), shown, entity: view.entity };

  // A timeline filtered by another entity opens at its top: past the background.
  const shownEntity = useRef(view.entity);
  useLayoutEffect(() => {
    const changed = shownEntity.current !== view.entity;
    shownEntity.current = view.entity;
    if (changed && cursor === 0 && fold?.from === 0)
      dispatch({ type: 'jump', list: 'timeline', index: fold.to, count: shown.length, height: bodyHeight });
  }, [view.entity]);

  // Undefined while a paged timeline reads the row: its place is saved once it has arrived.
  const selected = selectedAt < shown.length ? shown.at(selectedAt) : undefined;
  const selectedDate = selectedAt < shown.length ? shown.dateAt(selectedAt) : null;
  const latest = useRef({ userState, unsaved: null as TimelineEvent | null });
  latest.current.userState = userState;
  useEffect(() => {
    if (!nav.timelineMoved || !selected || placeIn(userState, corpus)?.eventId === selected.id) return;
    latest.current.unsaved = selected;
    const timer = setTimeout(() => {
      latest.current.unsaved = null;
      input.updateUserState((state) => withPlace(state, corpus, selected));
    }, PLACE_SAVE_MS);
    return () => clearTimeout(timer);
  }, [selected?.id]);
  // Quitting (q, :q, Ctrl-C) unmounts the app: the place not saved yet is saved then.
  useEffect(
    () => () => {
      const { unsaved, userState: last } = latest.current;
      if (unsaved) input.saveUserState(withPlace(last, corpus, unsaved));
    },
    [],
  );

  const jumpToDate = (value: string, options: { clearFilter?: boolean } = {}): void => {
    const list = options.clearFilter ? shownTimeline(story.timeline, { ...view, entity: null }) : shown;
    const found = positionOfDate(list, value);
    if (options.clearFilter) dispatch({ type: 'showTimeline' });
    else if (nav.screen !== 'timeline') dispatch({ type: 'go', screen: 'timeline' });
    if (!found) {
      setMessage(list.length ? `nothing dated near ${value}` : 'no events shown to go to');
      return;
    }
    dispatch({ type: 'jump', list: 'timeline', index: found.position, count: list.length, height: bodyHeight });
    if (!found.exact) setMessage(`no events on ${value}${rangeNote(view)}: nearest ${found.date}`);
  };

  const run = (command: Command): void => {
    switch (command.kind) {
      case 'nothing':
        return;
      case 'problem':
        return setMessage(command.message);
      case 'quit':
        return input.exit();
      case 'sort':
        // Newest first is said in the status line while it lasts.
        dispatch({ type: 'sortTimeline' });
        return setMessage(nav.newestFirst ? 'oldest first' : null);
      case 'all':
        dispatch({ type: 'setRange', since: null, until: null });
        return setMessage('every date shown');
      case 'since':
      case 'until': {
        const value = command.date ? resolveDate(command.date, story.timeline, selectedDate) : null;
        if (command.date && !value) return setMessage('no year to read that date in: type it with one');
        dispatch({ type: 'setRange', [command.kind]: value });
        return setMessage(value ? null : `${command.kind} cleared`);
      }
      case 'jump': {
        const value = resolveDate(command.date, shown, selectedDate);
        if (!value) return setMessage('no year to read that date in: type it with one');
        return jumpToDate(value);
      }
    }
  };

  const runCommandLine = (): void => {
    const text = nav.command?.text ?? '';
    dispatch({ type: 'closeCommand', ran: true });
    const command = parseCommand(text);
    // What was run is recalled next time too; a quit is not worth recalling.
    if (text.trim() && command.kind !== 'quit') {
      const commands = withCommand(nav.commands, text);
      input.updateUserState((state) => withCommands(state, commands));
    }
    run(command);
  };

  const completeCommandLine = (): void => {
    const line = nav.command?.text ?? '';
    if (line.includes(' ')) return;
    const { text, candidates } = completeCommand(line);
    dispatch({ type: 'completeCommand', text });
    if (candidates.length > 1) setMessage(candidates.map((name) => `:${name}`).join('  '));
    else if (candidates.length === 0) setMessage(`no command starts with '${line}': ${COMMAND_SUMMARY}`);
  };

  return { shown, fold, jumpToDate, runCommandLine, completeCommandLine };
}

/** The row selected, as kept across a change of the timeline shown. */
interface KeptRow {
  base: ShownTimeline['base'];
  baseIndex: number;
  /** Its event's id, when read (a new story is searched by it). */
  id: string | undefined;
  date: string;
}

function keptRowAt(shown: ShownTimeline, position: number): KeptRow | undefined {
  if (position < 0 || position >= shown.length) return undefined;
  const baseIndex = shown.baseIndex(position);
  return { base: shown.base, baseIndex, id: shown.at(position)?.id, date: shown.dateAt(position) };
}

/** Where the kept row is in the timeline shown: its row, else the nearest row by its date (null: none). */
function keptPosition(shown: ShownTimeline, row: KeptRow): number | null {
  const baseIndex = row.base === shown.base ? row.baseIndex : row.id === undefined ? -1 : shown.base.indexOfId(row.id);
  const at = shown.positionOf(baseIndex);
  if (at >= 0) return at;
  return positionOfDate(shown, row.date.slice(0, 10))?.position ?? null;
}

function rangeNote(view: TimelineView): string {
  if (view.since === null && view.until === null) return '';
  return ` shown (${[view.since && `since ${view.since}`, view.until && `until ${view.until}`].filter(Boolean).join(', ')})`;
}
