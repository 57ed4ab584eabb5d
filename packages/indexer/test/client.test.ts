// The typed client's one piece of hand-kept data: which answer fields are bigints. Every bigint column of the schema
// must be in it, so a new column never reaches the app as a string.
import {expect, test} from "vitest";
import {BIGINT_FIELDS} from "../client/index";
import * as schema from "../ponder.schema";

test("BIGINT_FIELDS lists every bigint column of ponder.schema.ts", () => {
  const columns = Object.values(schema).flatMap((table) =>
    Object.entries(table as unknown as Record<string, {columnType?: string}>)
      .filter(([, column]) => column?.columnType === "PgEvmBigint")
      .map(([name]) => name),
  );
  expect(columns.length).toBeGreaterThan(40);
  expect(columns.filter((name) => !BIGINT_FIELDS.has(name))).toEqual([]);
});
