/** The site's mark when no emblem is uploaded in the site settings: a gold five-pointed star on red. */
export const DEFAULT_EMBLEM_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="512" height="512">
  <rect width="100" height="100" rx="18" fill="#b91c1c"/>
  <polygon fill="#facc15" points="50,14 58.8,38.9 85.2,39.6 64.2,55.6 71.8,80.9 50,66 28.2,80.9 35.8,55.6 14.8,39.6 41.2,38.9"/>
</svg>`
