// Strings a dataset, a label or a quote could carry, meant or not: markup, quotes, very long text,
// scripts from right to left, emoji. Every renderer must print them as text, exactly, and nothing else.

/** A label longer than any axis or table column has room for. */
export const LONG =
  'Freelance writers, editors, translators, copywriters, proofreaders and content strategists working on ' +
  'general-purpose online labour platforms across every time zone in the sample period and beyond it';

/** The hostile values, in the order fields receive them. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '</svg><img src=x onerror="alert(2)">',
  '"Double" & \'single\' quotes & ampersands; <b>bold?</b>',
  'كتابة المحتوى المستقل', // Arabic: freelance content writing
  'כתיבה עצמאית ועריכה', // Hebrew: freelance writing and editing
  'Émoji ✍️🎨👩🏽‍💻 and Zürich “naïve” — 東京',
  LONG,
  ']]><!-- --><![CDATA[x]]>{{x}}${x}',
  'Looks like markup: id="x" url(#y)', // post-processing of the SVG must not rewrite text
] as const;

/** Markup that must never appear as an element or attribute of the output. */
export const FORBIDDEN_TAGS = ['script', 'img', 'iframe', 'object', 'embed', 'foreignObject', 'b'];

/** Any attribute that would run script. */
export const EVENT_ATTR = /^on[a-z]+$/i;

/** Entity text that a reader would see if a string were escaped twice. */
export const DOUBLE_ESCAPED = /&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i;
