import { issueTexts } from './zh-CN';

/** Stable codes of every data problem the model reports. */
export type IssueCode = keyof typeof issueTexts;

/** Values a message template fills in, e.g. `{ input: '2小时', range: '14:00-15:00' }`. */
export type IssueDetail = Record<string, string | number | undefined>;

/** Returns the Chinese text of an issue: what is wrong, then what to do. */
export function describeIssue(code: IssueCode, detail: IssueDetail = {}): string {
  const template = issueTexts[code];
  return fillTemplate(`${template.problem}${template.fix}`, detail);
}

/** Replaces `{name}` placeholders; a missing value leaves the placeholder visible rather than "undefined". */
export function fillTemplate(template: string, detail: IssueDetail): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = detail[name];
    return value === undefined ? placeholder : String(value);
  });
}
