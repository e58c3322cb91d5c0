import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStdin, useStdout } from 'ink';
import { bindingFor, keyName } from './keymap.js';
import { runBinding, SCREEN_BINDINGS } from './bindings.js';
import type { AppContext } from './use-app-state.js';
import {
  DISABLE_BRACKETED_PASTE,
  DISABLE_MOUSE,
  ENABLE_BRACKETED_PASTE,
  ENABLE_MOUSE,
  isLegacyMouseStart,
  isPrintable,
  LEGACY_MOUSE_BYTES,
  mouseReport,
  pastedText,
  pasteMarker,
  keysOfInput,
  type KeyPress,
  type MouseInput,
} from './input-keys.js';
import { handleMouse } from './mouse.js';

/** A key waiting its turn, a bracketed paste, or a mouse report. */
type PendingInput = KeyPress | { pasted: string } | { mouse: MouseInput };

/**
 * The app's input hook: keys go to the current screen's bindings (one dispatcher for all), text
 * to the field of a text-entry screen, pastes only ever to that field.
 */
export function useAppInput(app: AppContext): void {
  const rawInput = useStdin().isRawModeSupported === true;
  const { dispatch, mode } = app;
  // Every key of a chunk is handled, in order: the first at once, the rest one per render,
  // each against the state the key before it left (the handlers read the render's state).
  const pendingInput = useRef<PendingInput[]>([]);
  const paste = useRef<string | null>(null);
  /** Bytes of an old-style (X10) mouse report still to come: mouse, not keys. */
  const legacyMouse = useRef(0);
  const [inputTurn, setInputTurn] = useState(0);
  const textEntry = SCREEN_BINDINGS[mode].textEntry === true;

  const handleKey = ({ input, key }: KeyPress): void => {
    // A message answers the key before: the next key clears it (and may set its own).
    app.setMessage(null);
    const name = keyName(input, key);
    if (textEntry) {
      if (name === 'backspace' || name === 'ctrl+w') {
        dispatch({ type: 'eraseQuery', word: name === 'ctrl+w' });
        return;
      }
      if (isPrintable({ input, key })) {
        dispatch({ type: 'typeQuery', text: input });
        return;
      }
    }
    if (!name) return;
    const binding = bindingFor(name, mode, app.keymap);
    if (binding) runBinding(app, binding);
  };

  const handlePendingInput = (): void => {
    const queue = pendingInput.current;
    const next = queue.shift();
    if (!next) return;
    if ('mouse' in next) {
      // The mouse is no key: a message stays, and nothing is typed.
      if (app.mouse) handleMouse(app, next.mouse);
    } else if ('pasted' in next) {
      // A paste is text for a prompt, never a run of commands.
      if (textEntry) dispatch({ type: 'typeQuery', text: pastedText(next.pasted) });
    } else if (textEntry && isPrintable(next)) {
      app.setMessage(null);
      let text = next.input;
      for (let head = queue[0]; head && 'input' in head && isPrintable(head); head = queue[0]) {
        text += head.input;
        queue.shift();
      }
      dispatch({ type: 'typeQuery', text });
    } else {
      handleKey(next);
    }
    if (queue.length > 0) setInputTurn((turn) => turn + 1);
  };
  useEffect(handlePendingInput, [inputTurn]);

  const receiveInput = (input: string): void => {
    const marker = pasteMarker(input);
    let arrived: PendingInput[];
    if (marker === 'start') {
      paste.current = '';
      return;
    } else if (paste.current !== null) {
      if (marker !== 'end') {
        paste.current += input;
        return;
      }
      arrived = [{ pasted: paste.current }];
      paste.current = null;
    } else {
      // A mouse report is recognised before anything else, so it never types nor runs a key.
      const mouse = mouseReport(input);
      if (mouse) arrived = [{ mouse }];
      else if (isLegacyMouseStart(input)) {
        legacyMouse.current = LEGACY_MOUSE_BYTES;
        return;
      } else {
        const keys = keysOfInput(input);
        const skipped = Math.min(legacyMouse.current, keys.length);
        legacyMouse.current -= skipped;
        arrived = keys.slice(skipped);
      }
    }
    const idle = pendingInput.current.length === 0;
    pendingInput.current.push(...arrived);
    if (idle) handlePendingInput();
  };
  // Ink calls one handler for the app's life, which calls this render's: a key that arrives
  // before effects have run still meets the state the last key left.
  const latestInput = useRef(receiveInput);
  useLayoutEffect(() => {
    latestInput.current = receiveInput;
  });
  // Ink's useInput is not used: it throws on sequences it cannot name (see input-keys.ts). The
  // app listens to the events Ink's App cuts from stdin and parses them itself.
  const { setRawMode, internal_eventEmitter: inputEvents } = useStdin();
  useEffect(() => {
    if (!rawInput) return;
    setRawMode(true);
    const onInput = (input: string): void => latestInput.current(input);
    inputEvents.on('input', onInput);
    return () => {
      inputEvents.off('input', onInput);
      setRawMode(false);
    };
  }, [rawInput, setRawMode, inputEvents]);

  // Pastes arrive bracketed, so pasted text is never taken for keys.
  const { stdout } = useStdout();
  useEffect(() => {
    if (!rawInput || !stdout.isTTY) return;
    const disable = (): void => void stdout.write(DISABLE_BRACKETED_PASTE);
    stdout.write(ENABLE_BRACKETED_PASTE);
    process.once('exit', disable);
    return () => {
      process.off('exit', disable);
      disable();
    };
  }, [rawInput, stdout]);

  // The wheel and clicks, asked of the terminal while the app runs; given back on exit, however
  // it comes (q, Ctrl-C, a signal or a crash: the process's exit runs this too).
  const { mouse } = app;
  useEffect(() => {
    if (!rawInput || !stdout.isTTY || !mouse) return;
    const disable = (): void => void stdout.write(DISABLE_MOUSE);
    stdout.write(ENABLE_MOUSE);
    process.once('exit', disable);
    return () => {
      process.off('exit', disable);
      disable();
    };
  }, [rawInput, stdout, mouse]);
}
