/**
 * word/styles.xml, written here rather than by the docx package because two things it cannot set
 * matter for Korean: the Latin/number auto-spacing (w:autoSpaceDE/DN) that turns "VM이" into
 * "VM 이" and "11월" into "11 월", and a complete w:rFonts + w:lang ko-KR default so every run
 * — table cells and footer included — uses 맑은 고딕 for Hangul.
 */
import { KOREAN_FONT_EAST_ASIA, KOREAN_FONT_LATIN } from './docxFontTable'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** Body text size in half-points (9.5 pt). */
export const BODY_SIZE = 19

export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr>' +
  `<w:rFonts w:ascii="${KOREAN_FONT_LATIN}" w:hAnsi="${KOREAN_FONT_LATIN}" w:cs="${KOREAN_FONT_LATIN}" w:eastAsia="${KOREAN_FONT_EAST_ASIA}" w:hint="eastAsia"/>` +
  '<w:color w:val="1A1A1A"/>' +
  `<w:kern w:val="2"/><w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/>` +
  '<w:lang w:val="en-US" w:eastAsia="ko-KR" w:bidi="ar-SA"/>' +
  '</w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>' +
  '<w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
  '</w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
  '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '</w:styles>'
