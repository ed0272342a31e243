import type { CollectionConfig } from 'payload'
import { fieldAccessFor } from '../../access/table'
import { adminGroups, optionsFrom } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { contestField } from '@/fields/belongsTo'
import { serverWritten } from '@/fields/serverWritten'
import { prepareMailing, queueMailing, sameContest } from './hooks/mailingHooks'
import { MAILING_STATUS_LABELS } from '@/domain/contest/labels'

const server = fieldAccessFor('contestMailings', 'delivery')

/**
 * A mail from the organizers to every entrant of a contest, or of one category: written here, sent by the jobs
 * queue one address at a time, with the count of delivered mails kept up to date. Sent mails are never edited.
 */
export const ContestMailings: CollectionConfig = {
  ...collectionBasics('contestMailings', ['Thư gửi người dự thi', 'Mail to entrants'], ['Thư gửi người dự thi', 'Mails to entrants']),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'contest', 'category', 'status', 'delivered', 'recipients', 'createdAt'],
    group: adminGroups.contest,
    description: {
      vi: 'Gửi một thư tới mọi tác giả, đồng tác giả đã nộp tác phẩm của cuộc thi (hoặc của một thể loại).',
      en: 'One mail to every author and co-author who sent in an entry.',
    },
  },
  defaultSort: '-createdAt',
  hooks: { beforeValidate: [sameContest], beforeChange: [prepareMailing], afterChange: [queueMailing] },
  fields: [
    contestField(),
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'contestCategories',
      label: { vi: 'Chỉ thể loại (để trống: mọi thể loại)', en: 'Category only (empty: all)' },
      filterOptions: ({ siblingData }) => {
        const contest = (siblingData as { contest?: number | { id: number } })?.contest
        return contest ? { contest: { equals: typeof contest === 'object' ? contest.id : contest } } : true
      },
    },
    { name: 'subject', type: 'text', required: true, maxLength: 200, label: { vi: 'Tiêu đề thư', en: 'Subject' } },
    { name: 'body', type: 'textarea', required: true, maxLength: 20_000, label: { vi: 'Nội dung thư', en: 'Body' } },
    {
      type: 'row',
      fields: serverWritten(
        [
          {
            name: 'status',
            type: 'select',
            defaultValue: 'queued',
            options: optionsFrom(MAILING_STATUS_LABELS),
            label: { vi: 'Tình trạng', en: 'Status' },
          },
          { name: 'recipients', type: 'number', defaultValue: 0, label: { vi: 'Số người nhận', en: 'Recipients' } },
          { name: 'delivered', type: 'number', defaultValue: 0, label: { vi: 'Đã gửi tới', en: 'Delivered' } },
        ],
        server,
      ),
    },
    ...serverWritten(
      [
        {
          name: 'deliveredTo',
          type: 'json',
          label: { vi: 'Địa chỉ đã gửi', en: 'Delivered to' },
          admin: { condition: (data) => Boolean(data?.id) },
        },
        {
          name: 'sentBy',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Người gửi', en: 'Sent by' },
          admin: { position: 'sidebar' },
        },
      ],
      server,
    ),
  ],
}
