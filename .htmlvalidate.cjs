// html-validate (npm test runs it over every built page and over the embed snippet as a host pastes
// it: tests/browser/html-validate.test.ts). The recommended rules, with three options set, each for a reason:
module.exports = {
  extends: ['html-validate:recommended'],
  rules: {
    // The embed snippet is pasted into other people's pages, where no stylesheet of ours exists: its
    // iframe can only size itself with an inline style (border, width, and the phone-width height).
    // Every other property stays forbidden inline.
    'no-inline-style': ['error', { allowedProperties: ['display', 'border', 'width', 'height'] }],
    // The occupation search is the ARIA 1.2 combobox pattern: a text input whose popup is a listbox
    // filtered as the reader types, which a native <select> cannot do. Other roles stay checked.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // Checkboxes that share a name are one multi-valued field (the chart views' "series" choice):
    // standard HTML, as for radios. Every other duplicate name stays an error.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
