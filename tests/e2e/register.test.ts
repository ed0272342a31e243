import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { adminLogin, apiAuth, chooseOption, launchBrowser, saveDocument, vietnameseContext } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date())

/** The dashboard's "Đạt" figure for a unit's first target row (recognised exemplars this year). */
async function achieved(page: Page, unitName: string): Promise<number> {
  await page.goto(`/admin/chi-tieu?nam=${year}`)
  const row = page.locator(`tr[data-unit="${unitName}"]`).first()
  await row.waitFor({ timeout: 60_000 })
  return Number(await row.getByTestId('achieved').innerText())
}

async function setStatus(page: Page, label: string, reason: string): Promise<void> {
  await chooseOption(page, 'field-status', label)
  await page.locator('#field-transitionReason').fill(reason)
  await saveDocument(page)
}

describe('the exemplar register in the admin', () => {
  it('a unit officer records and proposes an exemplar; an organiser makes it provincial; the dashboard follows', async () => {
    const officerContext = await vietnameseContext(browser)
    const officer = await officerContext.newPage()
    await adminLogin(officer, 'canbo.xa@guongsang.local', DEMO_PASSWORD)
    const officerApi = await apiAuth(officer, 'canbo.xa@guongsang.local', DEMO_PASSWORD)
    const me = await (await officer.request.get('/api/users/me?depth=1', officerApi)).json()
    const unitName: string = me.user.unit.name
    const before = await achieved(officer, unitName)

    const name = `Chị Huỳnh Thị Thử Nghiệm ${Date.now()}`
    await officer.goto('/admin/collections/exemplars/create')
    await officer.locator('#field-name').fill(name)
    await chooseOption(officer, 'field-kind', 'Cá nhân')
    await chooseOption(officer, 'field-status', 'Đang bồi dưỡng')
    await chooseOption(officer, 'field-unit', unitName)
    await officer.locator('#field-discoveredOn input').fill(`02/01/${year}`)
    await officer.keyboard.press('Escape')
    await saveDocument(officer)
    await officer.waitForURL(/\/admin\/collections\/exemplars\/\d+/)

    await setStatus(officer, 'Được công nhận', 'Hội đồng thi đua xã công nhận')
    await setStatus(officer, 'Đề nghị cấp tỉnh', 'Đề nghị Sở Nội vụ xem xét')
    expect(await achieved(officer, unitName)).toBe(before + 1)
    const saved = (await (await officer.request.get(`/api/exemplars?where[name][equals]=${encodeURIComponent(name)}`, officerApi)).json()).docs[0]
    expect(saved.status).toBe('proposedToProvince')

    const organiserContext = await vietnameseContext(browser)
    const organiser = await organiserContext.newPage()
    await adminLogin(organiser, 'sonoivu@guongsang.local', DEMO_PASSWORD)
    await organiser.goto(`/admin/chi-tieu?nam=${year}`)
    await organiser.getByTestId('awaiting').locator('summary').click()
    await organiser.getByTestId('awaiting').getByRole('link', { name }).click()
    await organiser.waitForURL(/\/admin\/collections\/exemplars\/\d+/)
    // the officer may still hold Payload's edit lock on the record: take it over, as an organiser would
    const takeOver = organiser.locator('#document-locked').getByRole('button', { name: 'Tiếp quản' })
    if (await takeOver.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) await takeOver.click()
    await setStatus(organiser, 'Điển hình cấp tỉnh', 'Quyết định công nhận của UBND tỉnh')
    const organiserApi = await apiAuth(organiser, 'sonoivu@guongsang.local', DEMO_PASSWORD)
    await expect
      .poll(async () => (await (await organiser.request.get(`/api/exemplars/${saved.id}?depth=0`, organiserApi)).json()).status, { timeout: 30_000 })
      .toBe('provincial')
    await organiser.locator('#field-status').getByText('Điển hình cấp tỉnh').waitFor()
    // still counted once under the commune it was recorded in, now also in the timeline
    expect(await achieved(organiser, unitName)).toBe(before + 1)
    await organiser.goBack()
    await organiserContext.close()
    await officerContext.close()
  })
})
