/**
 * Read and validate the annotation files of a content folder. Errors name the file, the entry (its
 * position and id) and the field, so an editor can fix a typo in one look. Node only (reads files).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { annotationKinds, type AnnotationKind, type Annotations } from "./annotations.ts";

/** An annotation file that does not follow its schema. */
export class AnnotationFileError extends Error {
  constructor(file: string, where: string, reason: string) {
    super(`${file}: ${where}: ${reason}`);
    this.name = "AnnotationFileError";
  }
}

/** Parse one annotation file's text; a missing file is an empty list. */
export function parseAnnotationFile<K extends AnnotationKind>(kind: K, file: string, text: string): Annotations[K] {
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (error) {
    throw new AnnotationFileError(file, "YAML", (error as Error).message);
  }
  if (!Array.isArray(data)) throw new AnnotationFileError(file, "(root)", "must be a list of entries");
  const { schema } = annotationKinds[kind];
  const ids = new Set<string>();
  return data.map((raw: unknown, index) => {
    const id = typeof raw === "object" && raw && "id" in raw ? String(raw.id) : "?";
    const where = `entry ${index + 1} (${id})`;
    const checked = schema.safeParse(raw);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new AnnotationFileError(
        file,
        `${where}, field ${issue?.path.join(".") || "(entry)"}`,
        issue?.message ?? "invalid",
      );
    }
    if (ids.has(checked.data.id)) throw new AnnotationFileError(file, where, `the id ${checked.data.id} is used twice`);
    ids.add(checked.data.id);
    return checked.data;
  }) as Annotations[K];
}

/** Every annotation of a content folder (`content/`): glossary, people and bodies. */
export function readAnnotations(contentDir: string): Annotations {
  const read = <K extends AnnotationKind>(kind: K): Annotations[K] => {
    const path = join(contentDir, annotationKinds[kind].file);
    return existsSync(path) ? parseAnnotationFile(kind, path, readFileSync(path, "utf8")) : [];
  };
  return { term: read("term"), person: read("person"), body: read("body") };
}
