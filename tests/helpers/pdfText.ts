import { extractText, getDocumentProxy } from 'unpdf'

/** The text of every page of a PDF (compressed or not), as a reader's PDF viewer would copy it, NFC-normalised. */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(doc, { mergePages: true })
  return text.normalize('NFC')
}
