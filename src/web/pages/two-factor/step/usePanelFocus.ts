// After the user switches to another method, focus moves to the first control of its panel.
import { useEffect, useRef } from 'react';
import type { FactorMethod } from '../../../api/two-factor.ts';

/** `smsPhone`: the SMS panel's field appears only once the code is on its way. */
export function usePanelFocus(method: FactorMethod, smsPhone: string | null) {
  /** The current method's controls. */
  const panelRef = useRef<HTMLDivElement>(null);
  const focusPanel = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: method and smsPhone are the triggers: a new panel or SMS field has been rendered
  useEffect(() => {
    if (!focusPanel.current) return;
    // A disabled button (an SMS on its way) cannot take focus: wait for the field that follows.
    const target = panelRef.current?.querySelector<HTMLElement>('input:not([type="checkbox"]), button:not([disabled])');
    if (!target) return;
    focusPanel.current = false;
    target.focus();
  }, [method, smsPhone]);

  /** Call when the method changes: its panel takes the focus once it is there. */
  const focusNext = () => {
    focusPanel.current = true;
  };

  return { panelRef, focusNext };
}
