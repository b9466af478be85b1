/** Where the content is: ./content, or the copy a test points CONTENT_DIR at (with fixtures added). */
export function contentDirectory(): string {
  return process.env.CONTENT_DIR ?? './content';
}
