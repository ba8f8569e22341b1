'use client';

import { hintedButton } from './HintedButton';
import { LazyHint } from './LazyHint';

/** HintButton for the header: its tooltip's code loads on first use (LazyHint), off every page's first load. */
export const LazyHintButton = hintedButton(LazyHint);
