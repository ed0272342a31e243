'use client'
import { Button, CheckboxInput } from '@payloadcms/ui'
import { useState } from 'react'
import { NumberField, SelectField, type SelectOption } from '../ui/fields'

/** The dashboard's filters, sent as the page's query string (nam, huyen, loai, chuaDat), and its XLSX download. */
export function QuotaFilters(props: {
  year: number
  district?: string
  kind?: string
  onlyShort: boolean
  districts: SelectOption[]
  kinds: SelectOption[]
  exportHref: string
}) {
  const [onlyShort, setOnlyShort] = useState(props.onlyShort)
  return (
    <form method="get" className="gs-toolbar" aria-label="Lọc chỉ tiêu">
      <NumberField id="quota-year" name="nam" label="Năm" defaultValue={props.year} min={2000} max={2100} />
      <SelectField
        id="quota-district"
        name="huyen"
        label="Huyện, thành phố"
        empty="Tất cả"
        options={props.districts}
        defaultValue={props.district ?? ''}
      />
      <SelectField id="quota-kind" name="loai" label="Loại đơn vị" empty="Tất cả" options={props.kinds} defaultValue={props.kind ?? ''} />
      <CheckboxInput
        id="quota-only-short"
        label="Chỉ đơn vị chưa đạt"
        checked={onlyShort}
        onToggle={(e) => setOnlyShort(e.target.checked)}
      />
      {onlyShort ? <input type="hidden" name="chuaDat" value="1" /> : null}
      <Button type="submit" size="small" margin={false}>
        Xem
      </Button>
      <Button el="anchor" url={props.exportHref} buttonStyle="secondary" size="small" margin={false}>
        Tải về (XLSX)
      </Button>
    </form>
  )
}
