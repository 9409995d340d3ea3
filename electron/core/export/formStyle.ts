/** Colours shared by the DOCX and PDF so both documents look like the same form. */
export const FORM_COLORS = {
  text: '#1A1A1A',
  frame: '#404A57',
  grid: '#9AA4B1',
  labelFill: '#E9EEF5',
  headingFill: '#D9E2EE',
  missing: '#C0262D',
  muted: '#6B7480',
  replaced: '#C0262D',
} as const
