/**
 * word/fontTable.xml describing 맑은 고딕. The docx package writes an empty font table unless fonts
 * are embedded; with these entries Word and LibreOffice know the Korean (charset 81 = HANGEUL)
 * sans-serif it is, and substitute a similar installed font (e.g. Noto Sans CJK KR, Apple SD
 * Gothic Neo) where Malgun Gothic is missing instead of a Latin default without Hangul.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const malgun = (name: string, altName: string): string =>
  `<w:font w:name="${name}"><w:altName w:val="${altName}"/><w:panose1 w:val="020B0503020000020004"/>` +
  '<w:charset w:val="81"/><w:family w:val="modern"/><w:pitch w:val="variable"/>' +
  '<w:sig w:usb0="9000002F" w:usb1="29D77CFB" w:usb2="00000010" w:usb3="00000000" w:csb0="00080001" w:csb1="00000000"/></w:font>'

export const KOREAN_FONT_EAST_ASIA = '맑은 고딕'
export const KOREAN_FONT_LATIN = 'Malgun Gothic'

export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<w:fonts xmlns:w="${W}">` +
  malgun(KOREAN_FONT_EAST_ASIA, KOREAN_FONT_LATIN) +
  malgun(KOREAN_FONT_LATIN, KOREAN_FONT_EAST_ASIA) +
  '</w:fonts>'
