/**
 * The admin-side journeys on the production build, walked as people do: from /admin (and its login form), by the
 * side navigation, list rows, links and buttons only. Calls to the REST API beside the browser read state back for
 * the assertions; the one exception is the contest and its entry set up for the organizer (see below).
 *
 * Against an app started outside the tests: E2E_EXTERNAL_URL=<its address> and E2E_MAILBOX_DIR=<where its mail
 * lands> (.data/mail of the app's folder when it runs without SMTP_HOST). The contest journey sets up a contest of
 * its own, so the demo data's open contest stays open for the site's journeys.
 */
import { randomUUID } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerJournalist } from '../helpers/siteJourneys'
import { richTextFromParagraphs } from '../../src/lib/lexical'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { choose, desktopPage, followNav, openFromList, saveAndReadToast, signInAtAdmin } from '../helpers/admin'
import { apiAuth, launchBrowser } from '../helpers/browser'
import { waitForMail } from '../helpers/mailbox'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const ORGANIZER = 'sonoivu@guongsang.local'
const JUDGE = 'giamkhao@guongsang.local'
const OFFICER = 'canbo.xa@guongsang.local'
const EDITOR = 'bientap@guongsang.local'

/** Messages Payload shows when it hides a rule's own message, or when a refusal escaped in English. */
const MASKED = /unknown error|something went wrong|not allowed|forbidden|error occurred/i

const expectVietnameseRefusal = (text: string, rule: RegExp) => {
  expect(text).not.toMatch(MASKED)
  expect(text).toMatch(rule)
}

/** A real one-second 440 Hz tone as a 16-bit mono WAV file (8 kHz). */
function toneWav(seconds: number, rate = 8000): Buffer {
  const samples = seconds * rate
  const data = Buffer.alloc(samples * 2)
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2)
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16) // size of the format chunk
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(rate, 24)
  header.writeUInt32LE(rate * 2, 28) // bytes per second
  header.writeUInt16LE(2, 32) // bytes per frame
  header.writeUInt16LE(16, 34) // bits per sample
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

/** Every page a crawler finds from robots.txt: the sitemap index, then each file; and whether each file came from the page cache. */
async function crawlSitemap(page: Page): Promise<{ urls: string[]; cached: boolean[] }> {
  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, '')
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  const robots = await (await page.request.get('/robots.txt')).text()
  const index = /^Sitemap:\s*(\S+)/m.exec(robots)?.[1]
  expect(index, 'robots.txt names the sitemap').toBeTruthy()
  const urls: string[] = []
  const cached: boolean[] = []
  for (const file of locs(await (await page.request.get(local(index!))).text())) {
    const res = await page.request.get(local(file))
    expect(res.status(), file).toBe(200)
    expect(res.headers()['content-type'], file).toBe('application/gzip')
    cached.push(res.headers()['x-nextjs-cache'] === 'HIT')
    urls.push(...locs(gunzipSync(await res.body()).toString('utf8')))
  }
  return { urls, cached }
}

/** On "Xếp hạng": shows `round` of the contest, clicks `button` and returns the message the screen answers with. */
async function rankingAction(page: Page, contestLabel: string, round: 'Sơ khảo' | 'Chung khảo', button: string): Promise<string> {
  await followNav(page, 'Xếp hạng')
  // each picker is named by its label and the option it shows
  await page.getByRole('combobox', { name: /^Cuộc thi/ }).selectOption({ label: contestLabel })
  await page.getByRole('combobox', { name: /^Vòng/ }).selectOption({ label: round })
  await page.getByRole('button', { name: 'Xem', exact: true }).click()
  await page.waitForURL(/cuoc-thi=/)
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: button }).click()
  const message = page.getByRole('status').filter({ hasText: /\S/ })
  await message.waitFor({ timeout: 60_000 })
  const text = await message.innerText()
  expect(text).not.toMatch(/^Lỗi|không có quyền|không thể|Không thực hiện được/i)
  expect(text).not.toMatch(MASKED)
  return text
}

/** As the judge: from "Bài được phân công", opens the entry and submits a full score sheet. */
async function scoreEntry(page: Page, title: string, mark: string): Promise<void> {
  await followNav(page, 'Bài được phân công')
  await page.locator('tr', { hasText: title }).getByRole('link', { name: 'Chấm bài' }).click()
  await page.waitForURL(/phan-cong=\d+/)
  const form = page.getByTestId('score-form')
  await form.waitFor()
  await page.waitForLoadState('networkidle')
  await expect.poll(() => page.getByRole('heading', { name: new RegExp(title) }).count()).toBe(1)
  for (const input of await form.locator('input[type="number"]').all()) await input.fill(mark)
  await form.getByRole('button', { name: 'Nộp phiếu chấm' }).click()
  await form.getByRole('status').filter({ hasText: 'Đã nộp phiếu chấm.' }).waitFor({ timeout: 30_000 })
}

describe('admin journeys, by clicking, on the production build', () => {
  it('contest: the organizer screens, opens judging, assigns, closes rounds, awards and publishes; the judge scores blind', async () => {
    const stamp = Date.now()
    const authorName = 'Lâm Thị Ngọc Bích'
    const coAuthor = 'Trần Văn Gốm'
    const title = `Người giữ lửa nghề gốm Bàu Trúc ${stamp}`

    // Setup: a contest of this run's own (the demo's open contest stays open for the site's journeys), and a
    // journalist, registered on the site by clicking, whose entry is sent through the REST API as the site's entry
    // form sends it (the form itself is walked by the site journeys).
    const journalist = await desktopPage(browser)
    const setupApi = await apiAuth(journalist, ORGANIZER, DEMO_PASSWORD)
    const contest = (
      await (
        await journalist.request.post('/api/contests', {
          ...setupApi,
          data: {
            title: `Cuộc thi phóng sự về người tốt việc tốt ${stamp}`,
            year: new Date().getFullYear(),
            status: 'open',
            opensAt: new Date(stamp - 86_400_000).toISOString(),
            deadline: new Date(stamp + 30 * 86_400_000).toISOString(),
            maxEntriesPerAuthor: 3,
            judgesPerEntry: 3,
            rounds: ['preliminary', 'final'].map((round) => ({
              round,
              rubric: [
                { key: 'noiDung', label: 'Nội dung, chủ đề', weight: 60, maxScore: 10 },
                { key: 'hinhThuc', label: 'Hình thức thể hiện', weight: 40, maxScore: 10 },
              ],
            })),
          },
        })
      ).json()
    ).doc
    expect(contest, 'the organizer sets up a contest').toBeTruthy()
    for (const [order, c] of [
      ['print', 'Báo in'],
      ['online', 'Báo điện tử'],
    ].entries())
      expect(
        (
          await journalist.request.post('/api/contestCategories', {
            ...setupApi,
            data: { contest: contest.id, name: c[1], medium: c[0], order },
          })
        ).status(),
      ).toBe(201)
    const email = `tacgia.${stamp}@example.vn`
    await registerJournalist(journalist, authorName, email, 'MatKhau@2026')
    const journalistApi = await apiAuth(journalist, email, 'MatKhau@2026')
    const categories = (
      await (await journalist.request.get(`/api/contestCategories?where[contest][equals]=${contest.id}&limit=20&depth=0`)).json()
    ).docs
    const print = categories.find((c: { medium: string }) => c.medium === 'print')
    const created = await journalist.request.post('/api/entries', {
      ...journalistApi,
      data: {
        contest: contest.id,
        category: print.id,
        title,
        body: richTextFromParagraphs(['Bài viết dự thi về nghệ nhân gốm Bàu Trúc, người giữ nghề gốm của làng Chăm.']),
        coAuthors: [{ fullName: coAuthor }],
        originalityDeclared: true,
        status: 'submitted',
        submissionKey: randomUUID(),
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const receipt = await waitForMail(email, { subject: /Xác nhận nộp tác phẩm/, timeoutMs: 90_000 })
    expect(`${receipt.html || ''} ${receipt.text || ''}`).toMatch(/GS\d{4}-BI-\d{4}/)

    // The organizer screens the entry from "Tác phẩm dự thi"
    const organizer = await desktopPage(browser)
    await signInAtAdmin(organizer, ORGANIZER)
    const organizerApi = await apiAuth(organizer, ORGANIZER, DEMO_PASSWORD)
    await followNav(organizer, 'Tác phẩm dự thi')
    await openFromList(organizer, title)
    expect(await organizer.locator('#field-title').inputValue()).toBe(title)
    // refused: ineligible needs a reason
    await choose(organizer, 'field-status', 'Không hợp lệ')
    const refused = await saveAndReadToast(organizer)
    expect(refused.ok).toBe(false)
    expectVietnameseRefusal(refused.text, /Vui lòng ghi lý do khi xác định tác phẩm không hợp lệ/)
    const readEntry = async () =>
      (await (await organizer.request.get(`/api/entries?where[title][equals]=${encodeURIComponent(title)}&depth=0`, organizerApi)).json())
        .docs[0]
    expect((await readEntry()).status).toBe('submitted')
    await choose(organizer, 'field-status', 'Hợp lệ')
    const screened = await saveAndReadToast(organizer)
    expect(screened, screened.text).toMatchObject({ ok: true })
    const entry = await readEntry()
    expect(entry.status).toBe('eligible')
    expect(entry.coAuthors.map((c: { fullName: string }) => c.fullName)).toEqual([coAuthor])

    // entries are in: the organizer opens judging on the contest's page
    await followNav(organizer, 'Cuộc thi')
    await openFromList(organizer, contest.title)
    await choose(organizer, 'field-status', 'Đang chấm')
    const judging = await saveAndReadToast(organizer)
    expect(judging, judging.text).toMatchObject({ ok: true })
    const contestLabel = `${contest.title} (${contest.year})`

    const judge = await desktopPage(browser)
    await signInAtAdmin(judge, JUDGE)
    let refusalSeen = false
    for (const round of ['Sơ khảo', 'Chung khảo'] as const) {
      expect(await rankingAction(organizer, contestLabel, round, 'Phân công giám khảo')).toMatch(/phân công/i)

      if (!refusalSeen) {
        // the judge opens the entry and first types a mark above the maximum: the rule's message, nothing saved
        await followNav(judge, 'Bài được phân công')
        await judge.locator('tr', { hasText: title }).getByRole('link', { name: 'Chấm bài' }).click()
        const form = judge.getByTestId('score-form')
        await form.waitFor()
        await judge.waitForLoadState('networkidle')
        const inputs = await form.locator('input[type="number"]').all()
        for (const input of inputs) await input.fill('8')
        await inputs[0].fill('11')
        await form.getByRole('button', { name: 'Nộp phiếu chấm' }).click()
        const status = form.getByRole('status')
        await status.waitFor({ timeout: 30_000 })
        expectVietnameseRefusal(await status.innerText(), /Điểm tiêu chí "Nội dung, chủ đề" phải từ 0 đến 10/)
        refusalSeen = true
      }
      await scoreEntry(judge, title, '8.5')
      // the judge never sees who wrote it
      const seen = await judge.locator('body').innerText()
      expect(seen).toContain(title)
      expect(seen).not.toContain(authorName)
      expect(seen).not.toContain(coAuthor)
      expect(seen).not.toContain(email)

      expect(await rankingAction(organizer, contestLabel, round, 'Kết thúc vòng')).toBeTruthy()
      await organizer.getByText(/Vòng đã kết thúc\./).waitFor({ timeout: 30_000 })
    }
    await rankingAction(organizer, contestLabel, 'Chung khảo', 'Xét giải (đề xuất)')
    await expect.poll(() => organizer.getByTestId('leaderboard').locator('tr', { hasText: title }).innerText()).toMatch(/\(đề xuất\)/)
    await rankingAction(organizer, contestLabel, 'Chung khảo', 'Phê duyệt giải')
    await rankingAction(organizer, contestLabel, 'Chung khảo', 'Công bố kết quả')
    await organizer.getByText('Kết quả đã công bố.').waitFor({ timeout: 30_000 })
    expect((await (await organizer.request.get(`/api/contests/${contest.id}?depth=0`, organizerApi)).json()).status).toBe(
      'resultsPublished',
    )

    // the winner is told by mail and follows its link to the public results (no site page links the results yet)
    const won = await waitForMail(email, { subject: /tác phẩm của bạn đạt Giải A/, timeoutMs: 90_000 })
    const resultsLink = String(won.html).match(/href="([^"]+\/ket-qua)"/)![1]
    await journalist.goto(resultsLink.replace(/^https?:\/\/[^/]+/, ''))
    const results = await journalist.locator('main').innerText()
    expect(results).toContain(title)
    expect(results).toContain(authorName)
    expect(results).toMatch(/Giải A/)
  }, 300_000)

  it('register: an officer records and proposes an exemplar, not provincial; the organizer decides; the quota follows', async () => {
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date())
    const officer = await desktopPage(browser)
    await signInAtAdmin(officer, OFFICER)
    const officerApi = await apiAuth(officer, OFFICER, DEMO_PASSWORD)
    const unitName: string = (await (await officer.request.get('/api/users/me?depth=1', officerApi)).json()).user.unit.name

    /** The dashboard's "Đạt" figure for the officer's unit, reached from the side navigation. */
    const achieved = async (page: Page, discardChanges = false): Promise<number> => {
      await followNav(page, 'Chỉ tiêu điển hình', { discardChanges })
      await page
        .getByRole('heading', { name: `Chỉ tiêu điển hình tiên tiến năm ${year}` })
        .first()
        .waitFor({ timeout: 60_000 })
      const row = page.locator(`tr[data-unit="${unitName}"]`).first()
      await row.waitFor({ timeout: 60_000 })
      return Number(await row.getByTestId('achieved').innerText())
    }
    const setStatus = async (page: Page, label: string, reason: string) => {
      await choose(page, 'field-status', label)
      await page.locator('#field-transitionReason').fill(reason)
      return saveAndReadToast(page)
    }
    const before = await achieved(officer)

    const name = `Chị Huỳnh Thị Thử Nghiệm ${Date.now()}`
    await followNav(officer, 'Điển hình tiên tiến')
    await officer.getByRole('link', { name: 'Tạo mới Điển hình tiên tiến' }).click()
    await officer.waitForURL(/\/admin\/collections\/exemplars\/create/)
    await officer.locator('#field-name').fill(name)
    await choose(officer, 'field-kind', 'Cá nhân')
    await choose(officer, 'field-status', 'Đang bồi dưỡng')
    await choose(officer, 'field-unit', unitName)
    await officer.locator('#field-discoveredOn input').fill(`02/01/${year}`)
    await officer.keyboard.press('Escape')
    expect(await saveAndReadToast(officer)).toMatchObject({ ok: true })
    await officer.waitForURL(/\/admin\/collections\/exemplars\/\d+/)

    expect(await setStatus(officer, 'Được công nhận', 'Hội đồng thi đua xã công nhận')).toMatchObject({ ok: true })
    const readBack = async () =>
      (await (await officer.request.get(`/api/exemplars?where[name][equals]=${encodeURIComponent(name)}&depth=0`, officerApi)).json())
        .docs[0]
    expect(await setStatus(officer, 'Đề nghị cấp tỉnh', 'Đề nghị Sở Nội vụ xem xét')).toMatchObject({ ok: true })
    // refused: only the province makes a provincial exemplar
    const refused = await setStatus(officer, 'Điển hình cấp tỉnh', 'Xã tự công nhận cấp tỉnh')
    expect(refused.ok).toBe(false)
    expectVietnameseRefusal(refused.text, /Chỉ Sở Nội vụ được quyết định chuyển từ “Đề nghị cấp tỉnh” sang “Điển hình cấp tỉnh”/)
    const saved = await readBack()
    expect(saved.status).toBe('proposedToProvince')
    // the officer leaves the refused change unsaved
    expect(await achieved(officer, true)).toBe(before + 1)

    // the organizer finds it among the exemplars awaiting the province's decision
    const organizer = await desktopPage(browser)
    await signInAtAdmin(organizer, ORGANIZER)
    await followNav(organizer, 'Chỉ tiêu điển hình')
    const awaiting = organizer.getByTestId('awaiting')
    if ((await awaiting.getAttribute('open')) === null) await awaiting.locator('summary').click()
    await awaiting.getByRole('link', { name }).click()
    await organizer.waitForURL(/\/admin\/collections\/exemplars\/\d+/)
    await organizer.waitForLoadState('networkidle')
    // the officer may still hold Payload's edit lock on the record: take it over, as an organizer would
    const takeOver = organizer.locator('#document-locked').getByRole('button', { name: 'Tiếp quản' })
    if (
      await takeOver.waitFor({ state: 'visible', timeout: 5000 }).then(
        () => true,
        () => false,
      )
    )
      await takeOver.click()
    expect(await setStatus(organizer, 'Điển hình cấp tỉnh', 'Quyết định công nhận của UBND tỉnh')).toMatchObject({ ok: true })
    const organizerApi = await apiAuth(organizer, ORGANIZER, DEMO_PASSWORD)
    expect((await (await organizer.request.get(`/api/exemplars/${saved.id}?depth=0`, organizerApi)).json()).status).toBe('provincial')
    await organizer.locator('#field-status').getByText('Điển hình cấp tỉnh').waitFor()
    // still counted once under the commune it was recorded in
    expect(await achieved(organizer)).toBe(before + 1)
  })

  it('editorial: a radio piece is refused before the review, then published; readers find it in its column, feed, search', async () => {
    const stamp = Date.now()
    const title = `Tiếng hát giữa làng chài Cà Ná ${stamp}`
    const transcript = 'Phát thanh viên: Mỗi chiều, tiếng hát của chị vang lên giữa làng chài, gom các em nhỏ về lớp học miễn phí.'
    const audioName = `phong-su-ca-na-${stamp}.wav`
    // the stored name gets a short unique suffix (phong-su-ca-na-<stamp>-1a2b3c4d.wav)
    const audioStem = `phong-su-ca-na-${stamp}`

    const editor = await desktopPage(browser)
    await signInAtAdmin(editor, EDITOR)
    await followNav(editor, 'Bài viết')
    await editor.getByRole('link', { name: 'Tạo mới Bài viết' }).click()
    await editor.waitForURL(/\/admin\/collections\/articles\/create/)
    await editor.waitForLoadState('networkidle')
    await editor.locator('#field-title').fill(title)
    await choose(editor, 'field-column', 'Người tốt, việc tốt')
    await choose(editor, 'field-format', 'Phát thanh')
    await editor.locator('#field-excerpt').fill('Một lớp học miễn phí giữa làng chài, kể bằng tiếng hát.')

    // the audio: a real one-second WAV, uploaded from the article's "Tệp âm thanh" field
    await editor.locator('.collapsible-field', { hasText: 'Âm thanh, video' }).locator('.collapsible__toggle').first().click()
    await editor.locator('#field-audio').getByRole('button', { name: 'Tạo mới' }).click()
    const drawer = editor.getByRole('dialog')
    await drawer.locator('input[type="file"]').setInputFiles({ name: audioName, mimeType: 'audio/wav', buffer: toneWav(1) })
    await drawer.locator('#action-save').click()
    await drawer.waitFor({ state: 'detached', timeout: 60_000 })
    await editor.locator('#field-audio').getByText(audioStem).first().waitFor({ timeout: 30_000 })

    // refused: publishing before the review boxes are ticked
    const refused = await saveAndReadToast(editor)
    expect(refused.ok).toBe(false)
    // the whole message, not cut apart at its commas
    expectVietnameseRefusal(
      refused.text,
      new RegExp(
        '^Chưa thể đăng bài vì bài phải được duyệt trước khi đăng\\. Chưa xác nhận "Đã kiểm tra nguồn tin"\\. ' +
          'Chưa xác nhận "Không cường điệu, thổi phồng thành tích"\\.',
      ),
    )
    const editorApi = await apiAuth(editor, EDITOR, DEMO_PASSWORD)
    const readBack = async () =>
      (
        await (
          await editor.request.get(`/api/articles?where[title][equals]=${encodeURIComponent(title)}&depth=1&draft=true`, editorApi)
        ).json()
      ).docs[0]
    expect((await readBack())?._status ?? 'draft').not.toBe('published')

    // a reader searching its words before it is published finds nothing; that answer is kept in the page cache
    const reader = await desktopPage(browser)
    await reader.goto('/')
    const searchFromHeader = async () => {
      const box = reader.getByRole('banner').getByRole('search')
      await box.getByLabel('Tìm điển hình, bài viết').fill(`Tiếng hát giữa làng chài ${stamp}`)
      await box.getByRole('button', { name: 'Tìm kiếm' }).click()
      await reader.waitForURL(/\/tim-kiem\?q=/)
    }
    await searchFromHeader()
    await reader.getByRole('main').getByRole('heading', { name: 'Tìm kiếm' }).waitFor()
    expect(await reader.getByRole('main').getByRole('link', { name: title }).count()).toBe(0)
    // a crawler reads the sitemap twice: the second time every file comes from the page cache
    await crawlSitemap(reader)
    const beforePublishing = await crawlSitemap(reader)
    expect(beforePublishing.cached.every(Boolean), 'sitemap files served from the cache').toBe(true)

    await editor.locator('#field-review__sourcesChecked').check()
    await editor.locator('#field-review__noExaggeration').check()
    await editor.locator('#field-transcript').fill(transcript)
    const published = await saveAndReadToast(editor)
    expect(published, published.text).toMatchObject({ ok: true })
    const article = await readBack()
    expect(article._status).toBe('published')
    expect(article.audio?.filename).toMatch(new RegExp(`^${audioStem}.*\\.wav$`))
    expect(article.audio?.mimeType).toMatch(/^audio\/(wav|vnd\.wave|x-wav)$/)

    // the reader, from the home page: "Chuyên mục" → the column → the article
    await reader.goto('/')
    await reader.getByRole('banner').getByRole('link', { name: 'Chuyên mục', exact: true }).click()
    await reader.waitForURL(/\/chuyen-muc$/)
    await reader.getByRole('main').getByRole('link', { name: 'Người tốt, việc tốt', exact: true }).click()
    await reader.waitForURL(/\/chuyen-muc\/[^/]+\/nguoi-tot-viec-tot$/)
    const columnUrl = reader.url()
    await reader.getByRole('main').getByRole('link', { name: title }).first().click()
    await reader.waitForURL(new RegExp(`/bai-viet/${article.slug}$`))
    expect(await reader.locator('main').innerText()).toContain(title)
    await reader.getByText('Lời thoại (bản ghi chữ)').click()
    await reader.getByRole('main').getByText(transcript).waitFor({ timeout: 10_000 })
    expect(await reader.locator(`main audio[src*="${audioStem}"], main audio source[src*="${audioStem}"]`).count()).toBeGreaterThan(0)

    // the same search now finds it: publishing expired the cached answer
    await searchFromHeader()
    await reader.getByRole('main').getByRole('link', { name: title }).first().waitFor({ timeout: 30_000 })
    // and the sitemap, cached before without it, lists it: publishing expired the file that holds its id range
    const listed = (urls: string[]) => urls.some((u) => u.endsWith(`/bai-viet/${article.slug}`))
    expect(listed(beforePublishing.urls)).toBe(false)
    expect(listed((await crawlSitemap(reader)).urls)).toBe(true)

    // the column's feed, as the column page announces it, carries the piece with its audio as the enclosure
    await reader.goto(columnUrl.replace(/^https?:\/\/[^/]+/, ''))
    const announced = await reader
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .first()
      .getAttribute('href', { timeout: 5_000 })
      .catch(() => null)
    const linked =
      announced ??
      (await reader
        .locator('main a[href*="rss"]')
        .first()
        .getAttribute('href', { timeout: 5_000 })
        .catch(() => null))
    expect(linked, 'the column page announces its RSS feed').toBeTruthy()
    const rss = await (await reader.request.get(linked!.replace(/^https?:\/\/[^/]+/, ''))).text()
    const item = rss.split('<item>').find((i) => i.includes(`/bai-viet/${article.slug}`))
    expect(item, 'the feed lists the article').toBeTruthy()
    const enclosure = item!.match(/<enclosure\b[^>]*>/)?.[0] ?? ''
    expect(enclosure, 'the enclosure is the audio file').toMatch(new RegExp(`url="[^"]*${audioStem}[^"]*\\.wav"`))
    expect(enclosure).toMatch(/type="audio\//)
  })
})
