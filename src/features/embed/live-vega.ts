// vega's live runtime for an embed, imported on the reader's first interaction (see enhance.ts).
import '../../components/vega-runtime';
