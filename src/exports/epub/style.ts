/**
 * The EPUB's one stylesheet: system fonts only (no font is embedded, readers pick their own CJK
 * face), the reading line height of the site, margin numbers set small before each block, and
 * nothing that depends on script. Kept to properties every EPUB reader understands.
 */

/** `style.css` of every EPUB. */
export const epubStylesheet = `/* 湘文 EPUB: system fonts, generous line height, margin numbers before each block. */
html {
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
  line-height: 1.8;
}
body {
  margin: 0 0.5em;
}
h1, h2, h3, h4, h5, h6 {
  line-height: 1.4;
  font-weight: bold;
}
h1 {
  font-size: 1.5em;
  text-align: center;
}
h2 {
  font-size: 1.25em;
}
h3, h4, h5, h6 {
  font-size: 1.1em;
}
p {
  margin: 0.6em 0;
  text-indent: 0;
}
.title-block {
  margin-bottom: 2em;
  text-align: center;
}
.kicker, .subtitle, .dateline {
  margin: 0.3em 0;
}
.supplied {
  display: block;
  font-size: 0.6em;
  font-weight: normal;
}
dl.facts {
  margin: 1em 0;
  font-size: 0.9em;
  text-align: left;
}
dl.facts dt {
  float: left;
  clear: left;
  width: 4.5em;
  font-weight: bold;
}
dl.facts dd {
  margin: 0 0 0.2em 5em;
  word-wrap: break-word;
}
.block-number {
  margin-right: 0.6em;
  font-size: 0.75em;
  color: #6b655b;
  text-decoration: none;
}
.run-in {
  font-weight: bold;
}
.source {
  margin-top: 3em;
  border-top: 1px solid #bbb;
  font-size: 0.9em;
}
nav ol {
  list-style: none;
  padding-left: 1.2em;
}
.glossary dt {
  margin-top: 0.8em;
  font-weight: bold;
}
.glossary dd {
  margin-left: 1.5em;
}
.note {
  font-size: 0.9em;
}
`;
