import type {ReactNode} from "react";

/** A table with one header row, a `th scope="col"` per column name, above its body rows. */
export function Table({columns, children, testId}: {columns: string[]; children: ReactNode; testId?: string}) {
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
