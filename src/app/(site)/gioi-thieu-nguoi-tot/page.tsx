import type { Metadata } from 'next'
import { NominationForm } from '@/components/site/nominations/NominationForm'
import { issueFormToken } from '@/domain/nominations/formToken'
import { vnDay } from '@/domain/units/validity'
import { payloadClient } from '@/lib/payload'

/** Every visit gets a freshly signed form timestamp: never cached. */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Giới thiệu người tốt, việc tốt',
  description: 'Bạn biết một người tốt, việc tốt? Hãy giới thiệu để ban biên tập tìm hiểu, bồi dưỡng và tuyên truyền nhân rộng.',
  alternates: { canonical: '/gioi-thieu-nguoi-tot' },
}

export default async function NominatePage() {
  const payload = await payloadClient()
  const today = vnDay(new Date())
  const units = await payload.find({
    collection: 'units',
    where: {
      and: [
        { kind: { in: ['district', 'commune', 'department', 'massOrganisation'] } },
        { validFrom: { less_than_equal: `${today}T23:59:59.999+07:00` } },
        { or: [{ validTo: { exists: false } }, { validTo: { greater_than_equal: `${today}T00:00:00+07:00` } }] },
      ],
    },
    sort: 'name',
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: false,
    select: { name: true },
  })
  return (
    <section className="narrow" aria-labelledby="gioi-thieu">
      <h1 id="gioi-thieu">Giới thiệu người tốt, việc tốt</h1>
      <p className="lead">
        Bạn biết một cá nhân, tập thể hay hộ gia đình có việc làm tốt, đáng lan tỏa? Hãy kể cho chúng tôi. Ban biên tập sẽ tìm hiểu, xác
        minh và có thể giới thiệu trên các chuyên mục điển hình tiên tiến.
      </p>
      <NominationForm formToken={issueFormToken(payload.secret)} units={units.docs.map((u) => ({ id: u.id, name: u.name }))} />
    </section>
  )
}
