import { describe, expect, it } from "vitest";

import { sliderValueAfterKey } from "./slider-keys";

const range = { min: -50, max: 200 };
const after = (value: number, key: string, shift = false) => sliderValueAfterKey(value, key, shift, range);

describe("sliderValueAfterKey", () => {
  it("steps 1 point per arrow, to the next whole point from between steps", () => {
    expect(after(0, "ArrowRight")).toBe(1);
    expect(after(0, "ArrowUp")).toBe(1);
    expect(after(19.6, "ArrowRight")).toBe(20);
    expect(after(20, "ArrowRight")).toBe(21);
    expect(after(19.6, "ArrowLeft")).toBe(19);
    expect(after(-12.5, "ArrowDown")).toBe(-13);
  });

  it("steps 10 with Shift or PageUp/PageDown, landing on round tens", () => {
    expect(after(19.6, "ArrowRight", true)).toBe(20);
    expect(after(20, "ArrowRight", true)).toBe(30);
    expect(after(20, "PageUp")).toBe(30);
    expect(after(19.6, "PageDown")).toBe(10);
    expect(after(-45, "ArrowLeft", true)).toBe(-50);
  });

  it("stays within the range; Home and End go to its ends; other keys are not the slider's", () => {
    expect(after(-50, "ArrowLeft")).toBe(-50);
    expect(after(195, "PageUp")).toBe(200);
    expect(after(200, "ArrowRight")).toBe(200);
    expect(after(19.6, "Home")).toBe(-50);
    expect(after(19.6, "End")).toBe(200);
    expect(after(19.6, "Tab")).toBeNull();
    expect(after(19.6, "a")).toBeNull();
  });
});
