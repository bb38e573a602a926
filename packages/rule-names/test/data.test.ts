// The shipped data: every entry says where it comes from, no spelling means two things, the
// spelling-ukraine licence ships with what is derived from it, and the gazetteer is up to date.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entryForms, PRESETS, shippedEntries, type GazetteerEntry } from "../src/index.js";

const dataFile = (name: string) => new URL(`../data/${name}`, import.meta.url);
const json = <T>(name: string): T => JSON.parse(readFileSync(dataFile(name), "utf8")) as T;

const renamings = json<{ entries: GazetteerEntry[] }>("renamings.json").entries;
const people = json<{ entries: GazetteerEntry[] }>("people.json").entries;

describe("shipped entries", () => {
  it("each has an id, a kind, a canonical spelling and a source", () => {
    for (const entry of shippedEntries()) {
      expect(entry.id, JSON.stringify(entry)).toMatch(/^[a-z0-9-_]+$/);
      expect(["place", "person"]).toContain(entry.kind);
      expect(entry.canonical.trim()).not.toBe("");
      expect(entry.source.trim(), entry.id).not.toBe("");
    }
  });

  it("no spelling belongs to two entries", () => {
    const owner = new Map<string, string>();
    for (const entry of shippedEntries()) {
      for (const form of entryForms(entry)) {
        expect(owner.get(form) ?? entry.id, `${form}: ${owner.get(form)} and ${entry.id}`).toBe(entry.id);
        owner.set(form, entry.id);
      }
    }
  });

  it("gives a ruling (or null) for every preset on each curated entry, and names the styles in its source", () => {
    for (const entry of [...renamings, ...people]) {
      expect(Object.keys(entry.preferred).sort(), entry.id).toEqual([...PRESETS].sort());
      expect(entry.source, entry.id).toMatch(/\bAP\b|all four styles/i);
    }
  });

  it("people have their own first name, never among the wrong ones", () => {
    for (const person of people) {
      expect(person.kind).toBe("person");
      expect(person.givenName, person.id).toBeDefined();
      expect(person.givenNameVariants ?? [], person.id).not.toContain(person.givenName);
      expect(person.canonical.startsWith(`${person.givenName} `), person.id).toBe(true);
    }
  });

  it("given names used to recognise people are never place spellings", () => {
    const forms = new Set(shippedEntries().filter((e) => e.kind === "place").flatMap(entryForms));
    for (const name of json<{ names: string[] }>("given-names.json").names) expect(forms.has(name), name).toBe(false);
  });

  it("context phrases are lower case (they are matched against folded text)", () => {
    const phrases = json<{ history: string[]; misnaming: string[] }>("context-phrases.json");
    for (const phrase of [...phrases.history, ...phrases.misnaming]) expect(phrase).toBe(phrase.toLowerCase());
  });
});

describe("spelling-ukraine (MIT)", () => {
  it("ships its licence next to the copy, and the derived files name it", () => {
    const licence = readFileSync(dataFile("sources/spelling-ukraine/LICENSE.txt"), "utf8");
    expect(licence).toContain("MIT License");
    expect(licence).toContain("Copyright (c) 2022-2026 Oleksii Holub");
    expect(json<{ license: string }>("gazetteer.json").license).toContain("Oleksii Holub");
    expect(json<{ description: string }>("given-names.json").description).toContain("LICENSE.txt");
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { files: string[] };
    expect(manifest.files).toContain("data");
  });

  it("data/gazetteer.json is what scripts/build-gazetteer.mjs builds from the copy", () => {
    const script = new URL("../scripts/build-gazetteer.mjs", import.meta.url);
    expect(existsSync(script)).toBe(true);
    const out = execFileSync(process.execPath, [script.pathname, "--check"], { encoding: "utf8" });
    expect(out).toMatch(/up to date \(\d+ entries\)/);
  });
});
