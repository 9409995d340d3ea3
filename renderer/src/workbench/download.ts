/** One file of an export as a link the page can offer again (the object URL is revoked by the caller). */
export interface DownloadLink {
  name: string
  url: string
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Saves files in the browser preview: a Blob, an object URL and a click on an <a download>.
 * Downloads are not fetches, so the page's CSP (no blob: in any directive) does not stop them.
 */
export function downloadFiles(files: { name: string; mime: string; base64: string }[]): DownloadLink[] {
  return files.map((f) => {
    const url = URL.createObjectURL(new Blob([bytesOf(f.base64)], { type: f.mime }))
    const a = document.createElement('a')
    a.href = url
    a.download = f.name
    a.rel = 'noopener'
    a.hidden = true
    document.body.appendChild(a)
    a.click()
    a.remove()
    return { name: f.name, url }
  })
}
