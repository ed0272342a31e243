/**
 * A valid PCM WAV file of `samples` 8-bit mono samples at 8 kHz. `sample(i)` gives each sample's value (0–255);
 * without it the file is silence (128).
 */
export function wavFile(samples: number, sample?: (i: number) => number): Buffer {
  const b = Buffer.alloc(44 + samples, 0x80)
  if (sample) for (let i = 0; i < samples; i++) b[44 + i] = sample(i)
  b.write('RIFF', 0)
  b.writeUInt32LE(36 + samples, 4)
  b.write('WAVEfmt ', 8)
  b.writeUInt32LE(16, 16)
  b.writeUInt16LE(1, 20) // PCM
  b.writeUInt16LE(1, 22) // mono
  b.writeUInt32LE(8000, 24)
  b.writeUInt32LE(8000, 28)
  b.writeUInt16LE(1, 32)
  b.writeUInt16LE(8, 34)
  b.write('data', 36)
  b.writeUInt32LE(samples, 40)
  return b
}
