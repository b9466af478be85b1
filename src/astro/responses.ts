/** The responses the site's data files (open data, the checker's flow.json) are served as. */
export const jsonResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'application/json' } });
