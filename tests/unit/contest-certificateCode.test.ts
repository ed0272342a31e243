import { describe, expect, it } from 'vitest'
import { newCertificateCode, normalizeCertificateCode } from '../../src/domain/contest/certificateCode'

describe('certificate verification codes', () => {
  it('are GS- and two groups of five from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) expect(newCertificateCode()).toMatch(/^GS-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
  })

  it('differ from one another', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newCertificateCode()))
    expect(codes.size).toBe(1000)
  })

  it('are built from the random source, in order', () => {
    let n = 0
    expect(newCertificateCode(() => n++)).toBe('GS-01234-56789')
  })

  it('read back what a person typed from paper', () => {
    expect(normalizeCertificateCode('gs-7k3q9-m2x4t')).toBe('GS-7K3Q9-M2X4T')
    expect(normalizeCertificateCode(' 7K3Q9 M2X4T ')).toBe('GS-7K3Q9-M2X4T')
    expect(normalizeCertificateCode('GS-7K3Q9-M2X4O')).toBe('GS-7K3Q9-M2X40')
    expect(normalizeCertificateCode('GS-IL3Q9-M2X4T')).toBe('GS-113Q9-M2X4T')
  })

  it('refuse anything else', () => {
    expect(normalizeCertificateCode('')).toBeNull()
    expect(normalizeCertificateCode(null)).toBeNull()
    expect(normalizeCertificateCode('GS-7K3Q9-M2X4')).toBeNull()
    expect(normalizeCertificateCode('GS-7K3Q9-M2X4TT')).toBeNull()
    expect(normalizeCertificateCode('GS-7K3Q9-M2X4U')).toBeNull()
    expect(normalizeCertificateCode("'; drop table entries; --")).toBeNull()
  })
})
