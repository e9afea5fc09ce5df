/**
 * A strict RFC 4180 reader for tests: CRLF between records, fields quoted with doubled quotes
 * inside. Throws on anything else, so a test fails when the writer bends the format.
 */
export function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      while (true) {
        if (i >= csv.length) throw new Error('Unterminated quoted field.');
        if (csv[i] === '"' && csv[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (csv[i] === '"') {
          i++;
          break;
        } else field += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') {
        if (csv[i] === '"') throw new Error(`Bare quote in an unquoted field at ${i}.`);
        field += csv[i++];
      }
    }
    record.push(field);
    if (csv[i] === ',') {
      i++;
    } else if (csv.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < csv.length) {
      throw new Error(`Expected a comma or CRLF at ${i}, found ${JSON.stringify(csv[i])}.`);
    }
  }
  if (record.length > 0) throw new Error('The last record does not end with CRLF.');
  return records;
}
