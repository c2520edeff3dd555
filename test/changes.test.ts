// What a new file version can have added: the lines between its common start and end with the old one.
import { describe, expect, it } from "vitest";
import { changedRegion } from "../src/sources/changes.js";

const region = (before: string, after: string) => {
  const r = changedRegion(Buffer.from(before), Buffer.from(after));
  return r && { text: after.slice(r.start, r.end), firstLine: r.firstLine };
};

describe("changedRegion", () => {
  it("is the whole lines that differ, wherever the change is", () => {
    expect(region("a\nb\nc\n", "a\nb\nc\nd\n")).toEqual({ text: "d\n", firstLine: 3 });
    expect(region("a\nb\nc\n", "x\na\nb\nc\n")).toEqual({ text: "x\n", firstLine: 0 });
    expect(region("a\nb\nc\n", "a\nbee\nc\n")).toEqual({ text: "bee\n", firstLine: 1 });
    expect(region("T=old\n", "# moved\n\nT=old\nN=new\n")).toEqual({ text: "# moved\n\nT=old\nN=new\n", firstLine: 0 });
    expect(region("a\nb", "a\nbc")).toEqual({ text: "bc", firstLine: 1 });
    expect(region("", "first\n")).toEqual({ text: "first\n", firstLine: 0 });
  });

  it("is nothing when lines were only removed, or nothing changed", () => {
    expect(region("a\nb\nc\n", "a\nc\n")).toBeUndefined();
    expect(region("a\nb\nc\n", "a\nb\n")).toBeUndefined();
    expect(region("same\n", "same\n")).toBeUndefined();
  });

  it("compares long files block by block and still lands on line boundaries", () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${"x".repeat(i % 50)}`);
    const edited = [...lines];
    edited[2500] = "changed line";
    const r = region(lines.join("\n") + "\n", edited.join("\n") + "\n");
    expect(r).toEqual({ text: "changed line\n", firstLine: 2500 });
  });
});
