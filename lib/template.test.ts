import { describe, expect, it } from "vitest";
import { fillTemplate } from "./template";

describe("fillTemplate", () => {
  it("fills every named placeholder", () => {
    expect(fillTemplate("{scale} scale · priced at {price}", { scale: "Log", price: "USD 3 per GPU-hour" })).toBe("Log scale · priced at USD 3 per GPU-hour");
  });
  it("leaves unknown placeholders visible rather than blank", () => {
    expect(fillTemplate("按 {price} 计 {x}", { price: "3 美元/GPU 小时" })).toBe("按 3 美元/GPU 小时 计 {x}");
  });
});
