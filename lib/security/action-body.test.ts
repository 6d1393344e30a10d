import { describe, expect, it } from "vitest";

import { bodyRefusal, encodingRefusal } from "./action-body";

const body = (text: string) => Buffer.from(text, "utf8");
const part = (name: string) =>
  body(`--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n["$K1"]\r\n--b--\r\n`);

describe("a server action's body at the front door", () => {
  it("refuses an encoding Next would not undo", () => {
    expect(encodingRefusal(undefined)).toBeNull();
    expect(encodingRefusal("identity")).toBeNull();
    expect(encodingRefusal("gzip")?.status).toBe(415);
    expect(encodingRefusal("identity, br")?.status).toBe(415);
  });

  it("takes the JSON text the page's client sends, and refuses other text", async () => {
    expect(await bodyRefusal("text/plain;charset=UTF-8", body('["$K1"]'))).toBeNull();
    expect((await bodyRefusal("text/plain", body("{{{")))?.status).toBe(400);
    expect((await bodyRefusal("text/plain", body("")))?.status).toBe(400);
    expect((await bodyRefusal("text/plain", Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d])))?.detail).toMatch(/UTF-8/);
  });

  it("takes a multipart body with the arguments' root, and refuses one without boundary, unparseable or without it", async () => {
    expect(await bodyRefusal("multipart/form-data; boundary=b", part("0"))).toBeNull();
    expect((await bodyRefusal("multipart/form-data", part("0")))?.detail).toMatch(/boundary/);
    expect((await bodyRefusal("multipart/form-data; boundary=b", body("garbage")))?.detail).toMatch(/parse/);
    expect((await bodyRefusal("multipart/form-data; boundary=b", part("a")))?.detail).toMatch(/arguments/);
  });

  it("refuses a text body that refers to another part (it holds none)", async () => {
    expect((await bodyRefusal("text/plain", body('["$Q9"]')))?.detail).toMatch(/\$Q9/);
    expect((await bodyRefusal("text/plain", body('[{"a":["$@1"]}]')))?.status).toBe(400);
    expect(await bodyRefusal("text/plain", body('["$$Q9", "$undefined", "$D2025-01-27", "$K1"]'))).toBeNull();
  });

  it("leaves a urlencoded body to Next, which answers it without a 500", async () => {
    expect(await bodyRefusal("application/x-www-form-urlencoded", body("%%%"))).toBeNull();
  });
});
