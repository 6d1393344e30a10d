/**
 * Rendered link-preview images by canonical state, bounded by total bytes (least recently used
 * goes first) and by age: an entry older than `maxAgeMs` is rendered again, so an edit to the data
 * reaches previews as soon as an HTTP cache honouring the images' max-age would show it. The
 * exports (PowerPoint, Excel) keep their files, with their names, in one too.
 */
export class ImageCache<V extends { byteLength: number } = Buffer> {
  private readonly entries = new Map<string, { bytes: V; at: number }>();
  private size = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.at >= this.maxAgeMs) {
      this.size -= entry.bytes.byteLength;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry.bytes;
  }

  set(key: string, bytes: V): void {
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.size -= previous.bytes.byteLength;
    }
    if (bytes.byteLength > this.maxBytes) return;
    this.entries.set(key, { bytes, at: this.now() });
    this.size += bytes.byteLength;
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= entry.bytes.byteLength;
    }
  }

  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.size };
  }
}
