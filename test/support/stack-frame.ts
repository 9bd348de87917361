/** A line of a Node.js stack trace, e.g. `at CaseService.create (/app/case.service.js:12:5)`, even inside JSON. */
export const STACK_FRAME = /\bat [\w$.<>]+ \(?[^\s()]+:\d+:\d+\)?/;
