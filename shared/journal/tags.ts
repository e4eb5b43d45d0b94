/**
 * The tags of a journal comment, read exactly as hledger 1.25 reads them: up to each ':' the
 * last word is a tag's name, and its value runs to the next ',' or the end. So in
 * "note: due date: today" the only tag is `note` (value "due date: today"), not `date`.
 */
export function commentTags(comment: string): [name: string, value: string][] {
  const tags: [string, string][] = [];
  let p = 0;
  while (p < comment.length) {
    const colon = comment.indexOf(':', p);
    if (colon < 0) break;
    const before = comment.slice(p, colon).split(/\s/);
    const name = before[before.length - 1]!;
    let end = comment.indexOf(',', colon + 1);
    if (end < 0) end = comment.length;
    if (name === '') {
      p = colon + 1;
      continue;
    }
    tags.push([name, comment.slice(colon + 1, end).trim()]);
    p = end + 1;
  }
  return tags;
}
