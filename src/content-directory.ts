/** Where the content is: ./content, or the copy a test points CONTENT_DIR at (with fixtures added). Reads the environment, so it sits outside lib/. */
export function contentDirectory(): string {
  return process.env.CONTENT_DIR ?? './content';
}
