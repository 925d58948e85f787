import type { Database } from "../../src/db/client";

/** Read every row of every table in the public schema as "table: JSON", in which bytea values appear as \x followed by hex. */
export async function everyRowAsText(database: Database): Promise<string[]> {
  const tables = await database.rows<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  );
  const texts: string[] = [];
  for (const { table_name: table } of tables) {
    const rows = await database.rows<{ row: string }>(`select row_to_json(t)::text as row from "${table}" t`);
    for (const { row } of rows) texts.push(`${table}: ${row}`);
  }
  return texts;
}
