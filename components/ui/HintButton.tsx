'use client';

import { Hint } from './Hint';
import { hintedButton } from './HintedButton';

/**
 * A Button whose reason for being disabled (`disabledWhy`) and whose `hint` show as a tooltip: on
 * hover, on Tab focus, and — while it is disabled, so a tap does nothing else — on a tap. The
 * reason also reaches screen readers (aria-describedby). ActionButton renders one too.
 */
export const HintButton = hintedButton(Hint);
