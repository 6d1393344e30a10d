/**
 * Whether React can decode a server action's arguments: the reply format of React's encodeReply, read
 * as decodeReplyFromBusboy reads it (what Next runs on a multipart action post; a text post is the same
 * with the root as its one part). Every way that reading fails is a 500 from Next; here it is named, so
 * the front door answers 400 instead (lib/security/action-body.ts).
 *
 * The format (react-server-dom-webpack's ReactFlightReplyServer): the arguments' root is the part whose
 * name is 0 as a number ("0"); each part is JSON, whose strings that start with "$" are references:
 * - "$<hex>[:key…]" a model part (or a value inside one, found by its keys), "$Q" a Map, "$W" a Set, "$i"
 *   an iterator, each from an array part; all must have come before the root, since the root is read as
 *   soon as it comes (its client sends it last);
 * - "$B<hex>" a Blob and "$A", "$o"… a typed array: a file part (of whole elements);
 * - "$@<hex>" a promise and "$R", "$r", "$X", "$x" streams: their parts ("<n>", "S<n>") may come later;
 * - "$K<hex>" a FormData: the fields named "_<n>_<field>", none of them required (an empty form is one);
 * - "$$…" a string of the user's that starts with "$"; "$undefined", "$D<date>", "$n<bigint>", "$T"…
 *   values that refer to no part.
 * React also refuses a part that comes after it was read, a Map entry that is no object, an array used
 * twice as a Map or Set, more than a million array slots, and "$h" (a server function as an argument,
 * which no action of this app takes). Nesting is bounded here before React's recursion runs out of stack.
 */

export type ReplyPart = { name: string; value: string | Blob };

/** Deeper than any real reply (a form's state is a few levels), far below where React's recursion overflows. */
export const MAX_REPLY_DEPTH = 64;
/** React's arraySizeLimit (decodeReply's default, which Next keeps): slots in one array tree. */
const ARRAY_SLOT_LIMIT = 1_000_000;

/** Slots counted in one array tree (React's array context): only a tree that forks is limited. */
type ArrayContext = { count: number; fork: boolean };

type Chunk =
  | { state: "pending" }
  | { state: "resolved"; text: string }
  | { state: "reading" | "read"; value: unknown; context: ArrayContext }
  | { state: "stream"; fed: boolean }
  | { state: "typed-array" };

type Target = "model" | "map" | "set" | "iterator";

class ReplyProblem extends Error {}

/** A reference as the client wrote it, cut short: a detail must not echo a megabyte back. */
const shown = (reference: string) => (reference.length > 40 ? `${reference.slice(0, 40)}…` : reference);
const missing = (reference: string) =>
  new ReplyProblem(`The body refers to a part it does not hold (${shown(reference)}).`);

/** Element sizes of React's typed-array references, by the letter after "$". */
const TYPED_ARRAYS: Record<string, number> = {
  A: 1, // ArrayBuffer
  O: 1,
  o: 1,
  U: 1,
  S: 2,
  s: 2,
  L: 4,
  l: 4,
  G: 4,
  g: 8,
  M: 8,
  m: 8,
  V: 1, // DataView
};
/** Values that refer to no part: Infinity, -0/-Infinity, NaN, undefined, a Date, a temporary reference, a FormData. */
const PLAIN_VALUES = new Set(["I", "-", "N", "u", "D", "H", "K"]);
const STREAMS = new Set(["R", "r", "X", "x"]);
/** A reference to a model part: "$" and a letter none of the other kinds use. */
const MODEL_REFERENCE = /^\$(?![$@hHTQWiKINu\-DnBRrXxAOoUSsLlGgMmV])/;

/** What a reference's string becomes when it is no object: undefined, a number, a bigint or a string. */
function revivesToPrimitive(raw: unknown): boolean {
  if (raw === null || typeof raw !== "object") {
    if (typeof raw !== "string" || raw[0] !== "$") return true;
    return ["$", "u", "H", "I", "N", "-", "n"].includes(raw[1] ?? "");
  }
  return false;
}

class ReplyReader {
  private readonly chunks = new Map<number, Chunk>();
  private readonly strings = new Map<string, string>();
  private readonly blobs = new Map<string, Blob>();
  private readonly streamRows = new Set<string>();
  private readonly promises: [number, string][] = [];
  private readonly streams: [number, string][] = [];
  private readonly consumed = new WeakSet<object>();
  private readonly contexts = new WeakMap<object, ArrayContext>();
  private readonly root: Chunk = { state: "pending" };

  constructor() {
    // Next awaits the root before any part comes, so it is read the moment it does.
    this.chunks.set(0, this.root);
  }

  /** One part, in the order the body holds it. */
  receive(part: ReplyPart): void {
    const { name, value } = part;
    if (typeof value !== "string") {
      if (name[0] !== "_" && name[0] !== "S") this.blobs.set(name, value);
      return;
    }
    const id = name[0] === "S" ? (name.length > 1 ? Number(name.slice(1)) : undefined) : Number(name);
    const chunk = id === undefined ? undefined : this.chunks.get(id);
    if (chunk === undefined) {
      if (name[0] === "S") this.streamRows.add(name);
      else if (name[0] !== "_") this.strings.set(name, value);
      return;
    }
    if (chunk.state === "stream") {
      chunk.fed = true;
      return;
    }
    if (chunk.state !== "pending") throw new ReplyProblem(`Part "${shown(name)}" comes after its place was taken.`);
    if (chunk === this.root) {
      this.chunks.set(0, { state: "resolved", text: value });
      this.read(0, 0);
    } else this.chunks.set(id!, { state: "resolved", text: value });
  }

  /** The body has ended: what was promised must have come. */
  finish(): void {
    if (this.chunks.get(0)?.state === "pending") throw new ReplyProblem("The body holds no action arguments.");
    for (const [id, text] of this.promises) {
      if (this.chunks.get(id)?.state === "pending") throw missing(text);
    }
    for (const [id, text] of this.streams) {
      const chunk = this.chunks.get(id);
      if (chunk?.state === "stream" && !chunk.fed && !this.streamRows.has(`S${id}`)) throw missing(text);
    }
  }

  private chunk(id: number): Chunk {
    let chunk = this.chunks.get(id);
    if (chunk === undefined) {
      const text = this.strings.get(String(id));
      chunk = text === undefined ? { state: "pending" } : { state: "resolved", text };
      this.chunks.set(id, chunk);
    }
    return chunk;
  }

  /** Parses a part and reads each of its values, as React revives it. */
  private read(id: number, depth: number): void {
    const chunk = this.chunks.get(id) as Extract<Chunk, { state: "resolved" }>;
    let value: unknown;
    try {
      value = JSON.parse(chunk.text);
    } catch {
      throw new ReplyProblem(`Part ${id} of the body is not JSON.`);
    }
    const context: ArrayContext = { count: 0, fork: false };
    this.chunks.set(id, { state: "reading", value, context });
    this.revive(value, id.toString(16), context, depth);
    this.chunks.set(id, { state: "read", value, context });
  }

  private revive(value: unknown, path: string | undefined, context: ArrayContext | null, depth: number): void {
    if (typeof value === "string") {
      this.reviveString(value, path, context, depth);
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (depth >= MAX_REPLY_DEPTH)
      throw new ReplyProblem(`The action's arguments nest deeper than ${MAX_REPLY_DEPTH} levels.`);
    if (Array.isArray(value)) {
      const own = context ?? { count: 0, fork: false };
      this.contexts.set(value, own);
      if (value.length > 1) own.fork = true;
      this.count(own, value.length + 1);
      value.forEach((item, index) =>
        this.revive(item, path === undefined ? undefined : `${path}:${index}`, own, depth + 1),
      );
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (key === "__proto__") continue;
      this.revive(item, path !== undefined && !key.includes(":") ? `${path}:${key}` : undefined, null, depth + 1);
    }
  }

  private count(context: ArrayContext | null, slots: number): void {
    if (context === null) return;
    context.count += slots;
    if (context.count > ARRAY_SLOT_LIMIT && context.fork)
      throw new ReplyProblem(`The action's arguments hold more than ${ARRAY_SLOT_LIMIT} array slots.`);
  }

  private reviveString(text: string, path: string | undefined, context: ArrayContext | null, depth: number): void {
    if (text[0] !== "$") {
      this.count(context, text.length);
      return;
    }
    const tag = text[1] ?? "";
    const id = () => parseInt(text.slice(2), 16);
    if (tag === "$") this.count(context, text.length - 1);
    else if (PLAIN_VALUES.has(tag)) return;
    else if (tag === "T") {
      if (path === undefined) throw new ReplyProblem("A temporary reference sits where it cannot be placed.");
    } else if (tag === "n") this.bigint(text.slice(2), context);
    else if (tag === "@") {
      this.chunk(id());
      this.promises.push([id(), text]);
    } else if (tag === "h") throw new ReplyProblem("No action of this app takes a server function as an argument.");
    else if (tag === "Q") this.outlined(text, "map", null, depth);
    else if (tag === "W") this.outlined(text, "set", null, depth);
    else if (tag === "i") this.outlined(text, "iterator", null, depth);
    else if (tag === "B") {
      if (!(this.blobs.get(String(id())) instanceof Blob)) throw missing(text);
    } else if (Object.hasOwn(TYPED_ARRAYS, tag)) this.typedArray(text, TYPED_ARRAYS[tag]!, context);
    else if (STREAMS.has(tag)) {
      if (this.chunks.has(id())) throw new ReplyProblem(`Part ${shown(text)} is used twice.`);
      this.chunks.set(id(), { state: "stream", fed: false });
      this.streams.push([id(), text]);
    } else this.outlined(text, "model", context, depth);
  }

  private bigint(digits: string, context: ArrayContext | null): void {
    if (digits.length > 300) throw new ReplyProblem("A BigInt in the arguments is over 300 digits.");
    try {
      BigInt(digits);
    } catch {
      throw new ReplyProblem("A BigInt in the arguments is no number.");
    }
    this.count(context, digits.length);
  }

  private typedArray(text: string, bytesPerElement: number, context: ArrayContext | null): void {
    const id = parseInt(text.slice(2), 16);
    if (this.chunks.has(id)) throw new ReplyProblem(`Part ${shown(text)} is used twice.`);
    this.chunks.set(id, { state: "typed-array" });
    const blob = this.blobs.get(String(id));
    if (!(blob instanceof Blob)) throw missing(text);
    if (blob.size % bytesPerElement !== 0)
      throw new ReplyProblem(`Part ${shown(text)} is no whole number of elements.`);
    this.count(context, blob.size);
  }

  /** A reference to a model part, or a value inside one ("$1:0:name"), made into what `target` says. */
  private outlined(text: string, target: Target, context: ArrayContext | null, depth: number): void {
    const [head = "", ...keys] = text.slice(target === "model" ? 1 : 2).split(":");
    const id = parseInt(head, 16);
    const chunk = this.chunk(id);
    if (chunk.state === "resolved") this.read(id, depth + 1);
    const found = this.chunks.get(id)!;
    if (found.state !== "reading" && found.state !== "read") throw missing(text);
    const value = this.follow(found.value, keys, depth);
    const arrayContext =
      value !== null && typeof value === "object" && Array.isArray(value) ? (this.contexts.get(value) ?? null) : null;
    if (context !== null) {
      const slots = arrayContext ?? (keys.length === 0 ? found.context : null);
      if (slots !== null) {
        if (slots.fork) context.fork = true;
        this.count(context, slots.count);
      } else if (typeof value === "string") this.count(context, value.length);
    }
    if (target === "model") return;
    if (!Array.isArray(value) || this.consumed.has(value))
      throw new ReplyProblem(`The ${target} at ${shown(text)} is not an array of its own.`);
    this.consumed.add(value);
    if (target === "map" && value.some(revivesToPrimitive))
      throw new ReplyProblem(`The map at ${shown(text)} holds an entry that is no pair.`);
  }

  /** The value at `keys` inside a part, through plain objects and arrays only, as React walks it. */
  private follow(start: unknown, keys: string[], depth: number): unknown {
    let value = start;
    for (const key of keys) {
      value = this.dereferenced(value, depth);
      if (value === null || typeof value !== "object" || key === "__proto__" || !Object.hasOwn(value, key))
        throw new ReplyProblem(`A reference in the arguments points to no value (…:${key}).`);
      const item = (value as Record<string, unknown>)[key];
      // An object's undefined member is deleted as it is revived: there is nothing to point to.
      if (!Array.isArray(value) && typeof item === "string" && /^\$(u|H)/.test(item))
        throw new ReplyProblem(`A reference in the arguments points to no value (…:${key}).`);
      value = item;
    }
    return this.dereferenced(value, depth);
  }

  /** A model reference inside a part stands for the value it refers to; any other string stays one. */
  private dereferenced(value: unknown, depth: number): unknown {
    let hops = depth;
    while (typeof value === "string" && MODEL_REFERENCE.test(value)) {
      if (++hops > MAX_REPLY_DEPTH) throw new ReplyProblem("A reference in the arguments goes round in circles.");
      const [head = "", ...keys] = value.slice(1).split(":");
      const chunk = this.chunks.get(parseInt(head, 16));
      if (chunk?.state !== "reading" && chunk?.state !== "read") return value;
      value = keys.length === 0 ? chunk.value : this.follow(chunk.value, keys, hops);
    }
    return value;
  }
}

/** What in a reply React could not decode (a sentence for the 400's detail), or null when it can. */
export function replyProblem(parts: Iterable<ReplyPart>): string | null {
  const reader = new ReplyReader();
  try {
    for (const part of parts) reader.receive(part);
    reader.finish();
  } catch (error) {
    if (error instanceof ReplyProblem) return error.message;
    throw error;
  }
  return null;
}
