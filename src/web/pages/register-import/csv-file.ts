// Reads a chosen CSV file as text. The import expects UTF-8 (with or without byte-order mark);
// a file that is not valid UTF-8 is read as Windows-1252, the encoding Dutch Excel still uses for
// plain "CSV (gescheiden door lijstscheidingsteken)", so "Müller" arrives as "Müller" either way.
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
