import fs from 'node:fs'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** A file under `root` for a URL path, or null (never a path outside root). */
export function resolveStatic(root: string, urlPath: string): { file: string; type: string } | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return null // malformed escapes: not one of our files
  }
  const clean = decoded.replace(/^\/+/, '') || 'index.html'
  const file = path.resolve(root, clean)
  if (!file.startsWith(path.resolve(root) + path.sep)) return null
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return null
  return { file, type: types[path.extname(file)] ?? 'application/octet-stream' }
}
