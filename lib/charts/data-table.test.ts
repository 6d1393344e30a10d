import { describe, expect, it } from "vitest";

import { columnDigits } from "./data-table";

describe("columnDigits", () => {
  const rows = [
    ["Microsoft", 55.7, 19.6, 1],
    ["Apple", 9.447, 10, 2],
    ["Total", 226.719, 47.2, null],
  ];

  it("gives each numeric column the precision of its most precise value, capped", () => {
    expect(columnDigits(rows, 1)).toBe(3);
    expect(columnDigits(rows, 2)).toBe(1);
    expect(columnDigits(rows, 3)).toBe(0);
    expect(columnDigits([[1.23456]], 0)).toBe(3);
    expect(columnDigits([[1.23456]], 0, 1)).toBe(1);
  });

  it("says null for a column of words", () => {
    expect(columnDigits(rows, 0)).toBeNull();
    expect(columnDigits([[null], ["—"]], 0)).toBeNull();
  });
});
