/**
 * A national-size data set written straight into Payload's tables (layout: src/migrations/20261125_020406_initial.ts)
 * with generate_series, spread over the demo data's columns, units, fields and contest: SCALE_ARTICLES (50,000)
 * published articles with Lexical bodies, SCALE_EXEMPLARS (20,000) public exemplars with summaries, achievements,
 * fields and recognised years, SCALE_ENTRIES (3,000) contest entries, all dated 2022–2026; then the search index is
 * rebuilt by the same statements the hooks use. Text is Vietnamese, picked deterministically by `hashint4`.
 */
import type { Pool } from 'pg'
import { PUBLIC_EXEMPLAR_STATUSES } from '../src/domain/exemplars/status'
import { reindexSql } from '../src/lib/search/searchIndex.sql'
import { REBUILD_SEARCH_WORDS_SQL } from '../src/lib/search/searchWords.sql'

export const SCALE = {
  articles: Number(process.env.SCALE_ARTICLES || 50_000),
  exemplars: Number(process.env.SCALE_EXEMPLARS || 20_000),
  entries: Number(process.env.SCALE_ENTRIES || 3_000),
}

/** Words the benchmark searches for: common in names and bodies, rare (a few bodies only), misspelt, absent. */
export const RARE_PHRASE = 'cá bống mú'

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Châu',
  'Katơr',
  'Pinăng',
  'Chamaléa',
]
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang']
const GIVEN = [
  'Hoa',
  'Lan',
  'Hùng',
  'Dũng',
  'Mai',
  'Tuấn',
  'Hương',
  'Nam',
  'Bình',
  'Hạnh',
  'Phúc',
  'Thảo',
  'Sơn',
  'Hải',
  'Yến',
  'Đức',
  'Trang',
  'Khánh',
  'Tâm',
  'Vinh',
  'Nga',
  'Long',
  'Quyên',
  'Thắng',
  'Hiền',
  'Lộc',
  'Cường',
  'Nhung',
  'Phong',
  'Tú',
]
const COLLECTIVE = [
  'Hợp tác xã',
  'Tổ hợp tác',
  'Chi hội Phụ nữ',
  'Đoàn Thanh niên',
  'Tổ đoàn kết',
  'Trường Tiểu học',
  'Trạm Y tế',
  'Hội Cựu chiến binh',
]
const TOPIC = [
  'gieo chữ trên núi',
  'làm giàu từ nuôi tôm',
  'giữ rừng phòng hộ',
  'hiến đất làm đường',
  'mở lớp học tình thương',
  'trồng nho trên đất cát',
  'đưa muối sạch ra thị trường',
  'cứu người trên biển',
  'nuôi dê theo chuỗi liên kết',
  'giữ gìn nghề gốm Bàu Trúc',
  'dệt thổ cẩm Mỹ Nghiệp',
  'xây nhà tình nghĩa',
  'hiến máu tình nguyện',
  'chuyển đổi số ở thôn',
  'khởi nghiệp từ cây táo',
  'đánh bắt hải sản bền vững',
]
const SENTENCES = [
  'Từ nhiều năm nay, người dân trong thôn quen gọi %s là người tốt việc tốt của cả vùng.',
  'Nông dân sản xuất giỏi, %s còn giúp đỡ nhiều hộ nghèo có vốn, có giống để vươn lên.',
  'Chính quyền địa phương đánh giá cao cách làm của %s và đề nghị nhân rộng mô hình.',
  'Mỗi buổi tối, lớp học nhỏ lại sáng đèn, các em được %s kèm cặp từng con chữ.',
  'Năm qua, tổ hợp tác do %s phụ trách đạt doanh thu hơn hai tỷ đồng, tạo việc làm cho ba mươi lao động.',
  'Không chỉ giỏi làm kinh tế, %s còn tích cực tham gia công tác hòa giải ở cơ sở.',
  'Những chuyến biển dài ngày, tàu của %s luôn giữ liên lạc với đất liền và sẵn sàng cứu nạn.',
  'Phong trào thi đua yêu nước ở xã có sức lan tỏa mạnh mẽ nhờ những tấm gương như %s.',
  'Bà con dân tộc Raglai trong thôn tin tưởng đi theo con đường mà %s đã chọn.',
  'Vườn nho, vườn táo của %s trở thành điểm tham quan, học hỏi kinh nghiệm của nhiều nông dân.',
  'Được hỏi về bí quyết, %s chỉ cười: làm gì cũng phải kiên trì và chia sẻ với mọi người.',
  'Ủy ban nhân dân tỉnh đã tặng Bằng khen cho %s vì thành tích xuất sắc trong phong trào thi đua.',
]
const ACHIEVEMENTS = [
  'Bằng khen của Ủy ban nhân dân tỉnh',
  'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
  'Chiến sĩ thi đua cơ sở',
  'Danh hiệu Nông dân sản xuất kinh doanh giỏi cấp tỉnh',
  'Huy hiệu Tuổi trẻ sáng tạo',
]

/** A constant text[] written into the statement (the lists are ours, quotes doubled). */
const list = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]::text[]`
const pick = (list: string, seed: string) => `(${list})[1 + abs(hashint4(${seed})) % cardinality(${list})]`
const lexical = (
  paragraphs: string,
) => `jsonb_build_object('root', jsonb_build_object('type', 'root', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr', 'children',
  (SELECT jsonb_agg(jsonb_build_object('type', 'paragraph', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr',
     'textFormat', 0, 'textStyle', '',
     'children', jsonb_build_array(jsonb_build_object('type', 'text', 'text', p.text, 'detail', 0, 'format', 0, 'mode', 'normal', 'style',
       '', 'version', 1))) ORDER BY p.n)
     FROM (${paragraphs}) p)))`

/** Seconds since 2022-01-01 spread over 2022 – Nov 2026. */
const SPAN = `(abs(hashint4(%s)) % 154000000)`
const dateFrom = (seed: string) => `(timestamptz '2022-01-01 00:00+07' + ${SPAN.replace('%s', seed)} * interval '1 second')`

export interface ScaleCounts {
  articles: number
  exemplars: number
  entries: number
  searchRows: number
  seconds: number
}

export async function loadScaleData(pool: Pool, sizes = SCALE): Promise<ScaleCounts> {
  const t = performance.now()
  const ids = async (q: string) => (await pool.query<{ id: number }>(q)).rows.map((r) => Number(r.id))
  const units = await ids(`SELECT id FROM units ORDER BY id`)
  const fields = await ids(`SELECT id FROM fields ORDER BY id`)
  const columns = (
    await pool.query<{ id: number; outlet_id: number }>(`SELECT id, outlet_id FROM columns WHERE _status = 'published' ORDER BY id`)
  ).rows
  const reviewer = (await ids(`SELECT id FROM users WHERE role IN ('organizer', 'editor', 'admin') ORDER BY id LIMIT 1`))[0]
  const journalists = await ids(`SELECT id FROM users WHERE role = 'journalist' ORDER BY id`)
  const contest = (await ids(`SELECT id FROM contests ORDER BY (status = 'open') DESC, id DESC LIMIT 1`))[0]
  const categories = await ids(`SELECT id FROM contest_categories WHERE contest_id = ${Number(contest)} ORDER BY id`)
  if (!units.length || !columns.length || reviewer == null) throw new Error('scale data needs the demo data (units, columns, an editor)')

  const P = {
    fam: list(FAMILY),
    mid: list(MIDDLE),
    giv: list(GIVEN),
    col: list(COLLECTIVE),
    top: list(TOPIC),
    sen: list(SENTENCES),
    ach: list(ACHIEVEMENTS),
    st: list(PUBLIC_EXEMPLAR_STATUSES),
  }
  const exStart = (await pool.query(`SELECT coalesce(max(id), 0) AS m FROM exemplars`)).rows[0].m as number
  const name = (seed: string) =>
    `${pick(P.fam, `${seed} * 3`)} || ' ' || ${pick(P.mid, `${seed} * 5`)} || ' ' || ${pick(P.giv, `${seed} * 7`)}`
  const exName = `CASE WHEN g % 5 = 0 THEN ${pick(P.col, 'g * 11')} || ' ' || ${pick(P.giv, 'g * 13')} ELSE ${name('g')} END`

  // exemplars: every one public, in a demo unit, discovered 2022–2026
  await pool.query(
    `INSERT INTO exemplars (name, slug, kind, status, unit_id, discovered_on, featured, locality, created_at, updated_at)
     SELECT ${exName}, 'dh-' || g || '-' || ${exStart}, (ARRAY['individual','collective','household']::enum_exemplars_kind[])
              [CASE WHEN g % 5 = 0 THEN 2 WHEN g % 7 = 0 THEN 3 ELSE 1 END],
            ${pick(P.st, 'g * 17')}::enum_exemplars_status, ($1::int[])[1 + abs(hashint4(g * 19)) % cardinality($1::int[])],
              ${dateFrom('g * 23')},
            g % 500 = 0, 'Thôn ' || ${pick(P.giv, 'g * 29')}, now(), now()
       FROM generate_series(1, $2::int) g`,
    [units, sizes.exemplars],
  )
  const ex = `e.id > ${exStart}`
  await pool.query(
    `INSERT INTO exemplars_locales (summary, achievements, _locale, _parent_id)
     SELECT format(${pick(P.sen, 'e.id * 31')}, e.name), ${lexical(
       `SELECT 1 AS n, ${pick(P.ach, 'e.id * 37')} || ' năm ' || extract(year FROM e.discovered_on) AS text UNION ALL SELECT 2, ` +
         `format(${pick(P.sen, 'e.id * 41')}, e.name)`,
     )}, 'vi', e.id
       FROM exemplars e WHERE ${ex}`,
  )
  await pool.query(
    `INSERT INTO exemplars_numbers ("number", "order", parent_id, path)
     SELECT y, o, e.id, 'recognisedYears' FROM exemplars e
      CROSS JOIN LATERAL (SELECT extract(year FROM e.discovered_on)::int AS y, 1 AS o UNION ALL SELECT extract(year FROM
        e.discovered_on)::int + 1, 2 WHERE e.id % 3 = 0 AND e.discovered_on < '2026-01-01') ys
      WHERE ${ex}`,
  )
  if (fields.length)
    await pool.query(
      `INSERT INTO exemplars_rels ("order", parent_id, path, fields_id)
       SELECT 1, e.id, 'fields', ($1::int[])[1 + abs(hashint4(e.id * 43)) % cardinality($1::int[])] FROM exemplars e WHERE ${ex}`,
      [fields],
    )

  // articles: published, in the demo columns, with a six-paragraph body; every 10,000th mentions the rare phrase
  const arStart = (await pool.query(`SELECT coalesce(max(id), 0) AS m FROM articles`)).rows[0].m as number
  await pool.query(
    `INSERT INTO articles (slug, column_id, outlet_id, published_at, format, featured, review_sources_checked, review_no_exaggeration,
      review_reviewed_by_id, review_reviewed_at, byline, _status, created_at, updated_at, unit_id)
     SELECT 'bai-' || g || '-' || ${arStart}, c.id, c.outlet_id, d, 'text', false, true, true, $3, d, 'Phóng viên ' || (g % 50),
       'published', d, d, ($4::int[])[1 + abs(hashint4(g * 47)) % cardinality($4::int[])]
       FROM generate_series(1, $5::int) g
       CROSS JOIN LATERAL (SELECT ${dateFrom('g * 53')} AS d) dd
       JOIN (SELECT id, outlet_id, row_number() OVER (ORDER BY id) - 1 AS k FROM columns WHERE id = ANY($1::int[])) c ON c.k =
         abs(hashint4(g * 59)) % $2::int`,
    [columns.map((c) => c.id), columns.length, reviewer, units, sizes.articles],
  )
  const ar = `a.id > ${arStart}`
  await pool.query(
    `INSERT INTO articles_locales (title, excerpt, content, _locale, _parent_id)
     SELECT x.person || ' ' || ${pick(P.top, 'a.id * 61')}, format(${pick(P.sen, 'a.id * 67')}, x.person),
            ${lexical(`SELECT n, format(${pick(P.sen, 'a.id * 71 + n')}, x.person) || ' '
                              || format(${pick(P.sen, 'a.id * 73 + n')}, ${name('a.id * 79 + n')}) AS text FROM generate_series(1, 6) n
                       UNION ALL SELECT 7, 'Món ${RARE_PHRASE} nướng lá chuối là đặc sản mà ' || x.person || ' đãi khách.'
                                  WHERE a.id % 10000 = 7`)}, 'vi', a.id
       FROM articles a CROSS JOIN LATERAL (SELECT ${name('a.id')} AS person) x WHERE ${ar}`,
  )
  await pool.query(
    `INSERT INTO articles_rels ("order", parent_id, path, exemplars_id)
     SELECT 1, a.id, 'exemplars', ${exStart} + 1 + abs(hashint4(a.id * 83)) % $1::int FROM articles a WHERE ${ar}`,
    [sizes.exemplars],
  )

  // contest entries, submitted by the demo journalists
  if (sizes.entries && categories.length && journalists.length)
    await pool.query(
      `INSERT INTO entries (code, status, contest_id, category_id, title, author_id, submitted_at, originality_declared, published_on,
        created_at, updated_at)
       SELECT 'SC-' || lpad(g::text, 6, '0') || '-' || $5::int, 'submitted', $1, ($2::int[])[1 + g % cardinality($2::int[])],
         'Tác phẩm về ' || ${pick(P.top, 'g')},
              ($3::int[])[1 + g % cardinality($3::int[])], now() - g * interval '1 minute', true, now() - interval '30 days', now(), now()
         FROM generate_series(1, $4::int) g`,
      [contest, categories, journalists, sizes.entries, arStart],
    )

  await pool.query(reindexSql('article', null, PUBLIC_EXEMPLAR_STATUSES))
  await pool.query(reindexSql('exemplar', null, PUBLIC_EXEMPLAR_STATUSES))
  await pool.query(REBUILD_SEARCH_WORDS_SQL)
  await pool.query('VACUUM ANALYZE')
  const count = async (q: string) => Number((await pool.query(q)).rows[0].n)
  return {
    articles: await count(`SELECT count(*) AS n FROM articles WHERE _status = 'published'`),
    exemplars: await count(`SELECT count(*) AS n FROM exemplars WHERE status::text = ANY('{${PUBLIC_EXEMPLAR_STATUSES.join(',')}}')`),
    entries: await count(`SELECT count(*) AS n FROM entries`),
    searchRows: await count(`SELECT count(*) AS n FROM search_index`),
    seconds: (performance.now() - t) / 1000,
  }
}
