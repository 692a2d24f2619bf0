/**
 * Convert one source file into edition documents: decode → clean lines → units (reflow) →
 * documents → title block, structure, description → emendations → block ids.
 */
import { createHash } from "node:crypto";
import type { ApparatusEntry, Block, DocumentFrontmatter } from "../../src/format/schema.ts";
import { cleanLines } from "./clean-lines.ts";
import { removePageFurniture } from "./page-furniture.ts";
import { columnUnits } from "./column-units.ts";
import { decodeSource } from "./decode.ts";
import { describeDocument, type Description, type SourceContext } from "./describe.ts";
import { dispatchDate, latestDispatch } from "./dates.ts";
import { applyEmendations } from "./emendations.ts";
import { numberBlocks } from "./ids.ts";
import { detectLayout } from "./layout.ts";
import { longLineUnits } from "./longline-units.ts";
import { splitDocuments, type Segment } from "./segment.ts";
import type { DocumentFacts, Sidecar } from "./sidecar.ts";
import { recogniseStructure } from "./structure.ts";
import { unaccountedCharacters } from "./nothing-lost.ts";
import { ConvertError } from "./errors.ts";
import { readTitleBlock } from "./title-block.ts";
import type { Layout, Note } from "./types.ts";
import { removed, spacesRemoved, titleSupplied } from "./notes.ts";

/** One apparatus entry per block for spaces: their count matters, not each printed line. */
function compactSpaces(notes: readonly Note[]): Note[] {
  const spaces = notes.filter((n) => n.kind === "space");
  if (spaces.length < 2) return [...notes];
  const total = spaces.reduce((sum, n) => sum + (n.count ?? 0), 0);
  const lines = spaces.map((n) => n.line ?? 0);
  return [...notes.filter((n) => n.kind !== "space"), spacesRemoved(total, Math.min(...lines), Math.max(...lines))];
}

/** A note as an apparatus entry of a block (its internal count left out). */
function apparatusEntry(block: string | null, { count: _count, ...note }: Note): ApparatusEntry {
  return { block, ...note };
}

/** A converted document before it gets its slug. */
export interface ConvertedDocument {
  frontmatter: Omit<DocumentFrontmatter, "slug">;
  blocks: Block[];
  facts: DocumentFacts | undefined;
}

/** What the sidecar and the page's dispatches tell about the issue of a newspaper page. */
function sourceContext(text: string, segments: readonly Segment[], sidecar: Sidecar | null): SourceContext {
  const dispatches = segments.flatMap((segment) => {
    const dispatch = dispatchDate(segment.body.find((u) => u.type === "paragraph")?.text ?? "", text);
    return dispatch ? [dispatch] : [];
  });
  const { issueDate, dateEvidence } = sidecar ?? {};
  // The sidecar's schema requires evidence with an issue date.
  const issue: SourceContext["issue"] =
    issueDate && dateEvidence
      ? { date: issueDate, evidence: dateEvidence }
      : dateEvidence
        ? { evidence: dateEvidence }
        : {};
  return {
    text,
    ...(sidecar?.publication ? { publication: sidecar.publication } : {}),
    issue,
    latestDispatch: latestDispatch(dispatches),
  };
}

/** The documents with the bytes of a last character cut short recorded on the last block. */
function withDroppedTail(documents: readonly ConvertedDocument[], bytes: readonly number[]): ConvertedDocument[] {
  const last = documents.at(-1) as ConvertedDocument;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ");
  const note = {
    block: last.blocks.at(-1)?.id ?? null,
    ...removed.truncatedCharacter(hex, last.frontmatter.source.lines[1]),
  };
  const frontmatter = { ...last.frontmatter, apparatus: [...last.frontmatter.apparatus, note] };
  return [...documents.slice(0, -1), { ...last, frontmatter }];
}

/** The description with the sidecar's better title, if it gives one, marked as supplied. */
function withSuppliedTitle(described: Description, facts: DocumentFacts | undefined): Description {
  if (!facts?.title) return described;
  const note = titleSupplied(facts.title, facts.titleReason);
  return { ...described, title: facts.title, titleSupplied: true, notes: [...described.notes, note] };
}

function factsFor(sidecar: Sidecar | null, title: string, firstParagraph: string): DocumentFacts | undefined {
  return sidecar?.documents.find((d) => title.includes(d.match) || firstParagraph.includes(d.match));
}

/** Convert the bytes of one source; `sidecar` adds facts the text lacks. */
export function convertSource(
  file: string,
  bytes: Uint8Array,
  sidecar: Sidecar | null,
  sidecarFile = "",
): { documents: ConvertedDocument[]; layout: Layout; encoding: string } {
  const { text, encoding, droppedTail } = decodeSource(file, bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const lines = removePageFurniture(cleanLines(text));
  const layout = detectLayout(lines);
  const units = layout === "column" ? columnUnits(lines) : longLineUnits(lines, text);
  const segments = splitDocuments(units);
  const context = sourceContext(text, segments, sidecar);

  const converted = segments.map((segment, order): ConvertedDocument => {
    const titleBlock = readTitleBlock(segment.head);
    const structured = recogniseStructure(segment.body);
    const described = describeDocument(titleBlock, structured, context, segment.continuation);
    const facts = factsFor(sidecar, described.title, structured.find((b) => b.type === "paragraph")?.text ?? "");
    const drafts = applyEmendations(structured, facts, sidecarFile);
    const { notes: describeNotes, ...describedFields } = withSuppliedTitle(described, facts);
    const ids = numberBlocks(drafts);
    const usedLines = [...segment.head, ...segment.body].flatMap((u) => u.lines.map((l) => l.n));
    const apparatus = [
      ...[...titleBlock.notes, ...describeNotes].map((note) => apparatusEntry(null, note)),
      ...drafts.flatMap((draft, k) => compactSpaces(draft.notes).map((note) => apparatusEntry(ids[k] ?? null, note))),
    ];
    const frontmatter: Omit<DocumentFrontmatter, "slug"> = {
      ...describedFields,
      ...(titleBlock.kicker ? { kicker: titleBlock.kicker } : {}),
      ...(titleBlock.subtitle ? { subtitle: titleBlock.subtitle } : {}),
      ...(titleBlock.dateline ? { dateline: titleBlock.dateline } : {}),
      source: {
        file,
        sha256,
        lines: [Math.min(...usedLines), Math.max(...usedLines)],
        encoding,
        ...(sidecar?.publication ? { publication: sidecar.publication } : {}),
        ...((facts?.page ?? sidecar?.page) ? { page: facts?.page ?? sidecar?.page } : {}),
        ...((facts?.url ?? sidecar?.url) ? { url: facts?.url ?? sidecar?.url } : {}),
      },
      order,
      aliases: {},
      apparatus,
      blockLines: Object.fromEntries(
        drafts.map((draft, k) => [
          ids[k] ?? `p${k + 1}`,
          [Math.min(...draft.lines), Math.max(...draft.lines)] as [number, number],
        ]),
      ),
    };
    const blocks: Block[] = drafts.map((draft, k) => ({
      id: ids[k] ?? `p${k + 1}`,
      type: draft.type,
      ...(draft.type === "heading" ? { level: draft.level ?? 2 } : {}),
      text: draft.text,
      ...(draft.runIn ? { runIn: draft.runIn } : {}),
    }));
    return { frontmatter, blocks, facts };
  });
  if (converted.length === 0)
    throw new ConvertError(file, "yields no document: no line of it reads as a title or as text");
  const empty = converted.find((doc) => doc.blocks.length === 0);
  if (empty) throw new ConvertError(file, `document “${empty.frontmatter.title}” has a title but no reading text`);
  const documents = droppedTail ? withDroppedTail(converted, droppedTail) : converted;
  const lost = unaccountedCharacters(
    text,
    documents.map((d) => ({ blocks: d.blocks, apparatus: d.frontmatter.apparatus })),
  );
  if (lost.missing.length || lost.extra.length) {
    const what = [
      lost.missing.length ? `lost ${lost.missing.slice(0, 10).join(" ")}` : "",
      lost.extra.length ? `invented ${lost.extra.slice(0, 10).join(" ")}` : "",
    ];
    throw new ConvertError(
      file,
      `the conversion does not account for every character (${what.filter(Boolean).join("; ")}); this is a converter bug, nothing was written`,
    );
  }
  return { documents, layout, encoding };
}
