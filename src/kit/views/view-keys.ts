/** URL keys of a chart view, in the order they are written. */
export const VIEW_KEYS = ['series', 'time', 'measure', 'rating', 'score', 'highlight', 'tab'] as const;
