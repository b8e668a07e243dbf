/** The file bytes of a files.uploadV2 upload: the raw body, or the single part of a multipart body. */
export function uploadBytes(body: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!boundary) return body;
  const mark = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(Buffer.from('\r\n\r\n'), body.indexOf(mark)) + 4;
  const end = body.indexOf(mark, start) - 2;
  return body.subarray(start, end);
}
