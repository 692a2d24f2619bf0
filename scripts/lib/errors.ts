/** An error in one source file, naming the file, where (line or byte offset) and why. */
export class ConvertError extends Error {
  readonly file: string;
  readonly where: string | undefined;
  readonly reason: string;

  constructor(file: string, reason: string, where?: string) {
    super(`${file}${where ? `: ${where}` : ""}: ${reason}`);
    this.name = "ConvertError";
    this.file = file;
    this.where = where;
    this.reason = reason;
  }
}
