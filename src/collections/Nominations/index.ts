import type { CollectionConfig } from 'payload'
import { fieldAccessFor } from '../../access/table'
import { NOMINATION_STATUS_LABELS } from '../../domain/nominations/status'
import { NOMINATION_LIMITS } from '../../domain/nominations/validateSubmission'
import { optionsFrom } from '../../lib/options'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { sidebarRelationship } from '@/fields/sidebarRelationship'

/**
 * "Giới thiệu người tốt, việc tốt": what readers send from /gioi-thieu-nguoi-tot. Created only by the public
 * endpoint POST /api/nominations/submit (spam checks there); organizers and editors moderate; an organizer turns one
 * into a `newFactor` exemplar with POST /api/nominations/:id/accept.
 */
export const Nominations: CollectionConfig = {
  ...collectionBasics('nominations', ['Giới thiệu người tốt, việc tốt', 'Nomination'], ['Giới thiệu người tốt, việc tốt', 'Nominations']),
  admin: {
    useAsTitle: 'nomineeName',
    defaultColumns: ['nomineeName', 'place', 'nominatorName', 'status', 'createdAt'],
    listSearchableFields: ['nomineeName', 'nominatorName', 'nominatorEmail', 'place'],
    group: adminGroups.exemplars,
  },
  defaultPopulate: { nomineeName: true, status: true },
  fields: [
    {
      name: 'nomineeName',
      type: 'text',
      required: true,
      maxLength: NOMINATION_LIMITS.nomineeName,
      label: { vi: 'Người (tập thể) được giới thiệu', en: 'Nominee' },
    },
    {
      name: 'achievement',
      type: 'textarea',
      required: true,
      maxLength: NOMINATION_LIMITS.achievement,
      label: { vi: 'Việc tốt, thành tích', en: 'What they did' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'place',
          type: 'text',
          required: true,
          maxLength: NOMINATION_LIMITS.place,
          label: { vi: 'Nơi sinh sống, làm việc', en: 'Where' },
        },
        { name: 'unit', type: 'relationship', relationTo: 'units', index: true, label: { vi: 'Đơn vị', en: 'Unit' } },
      ],
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
    {
      type: 'collapsible',
      label: { vi: 'Người giới thiệu', en: 'Nominator' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'nominatorName',
              type: 'text',
              required: true,
              maxLength: NOMINATION_LIMITS.nominatorName,
              label: { vi: 'Họ tên', en: 'Name' },
            },
            { name: 'nominatorEmail', type: 'email', required: true, index: true, label: { vi: 'Thư điện tử', en: 'Email' } },
            { name: 'nominatorPhone', type: 'text', maxLength: NOMINATION_LIMITS.nominatorPhone, label: { vi: 'Điện thoại', en: 'Phone' } },
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'new',
      options: optionsFrom(NOMINATION_STATUS_LABELS),
      label: { vi: 'Tình trạng', en: 'Status' },
      admin: { position: 'sidebar' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        value !== 'accepted' ||
        siblingData?.exemplar != null ||
        'Muốn tiếp nhận, hãy bấm nút "Tiếp nhận thành nhân tố mới" để tạo hồ sơ điển hình.',
    },
    { name: 'moderationNote', type: 'textarea', label: { vi: 'Ghi chú xử lý', en: 'Moderation note' }, admin: { position: 'sidebar' } },
    // set only by the accept endpoint
    sidebarRelationship(
      'exemplar',
      'exemplars',
      { vi: 'Hồ sơ điển hình đã tạo', en: 'Exemplar created' },
      { access: fieldAccessFor('nominations', 'exemplar'), admin: { readOnly: true } },
    ),
    {
      name: 'acceptAction',
      type: 'ui',
      label: { vi: 'Tiếp nhận thành nhân tố mới', en: 'Accept as a new factor' },
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/nominations/AcceptNominationButton#AcceptNominationButton' },
      },
    },
  ],
}
