import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ArrayRowLabel as ArrayRowLabel_5a3d2115d55f809a70c16d8a417e15a0 } from '../../../../src/components/admin/ArrayRowLabel'
import { ExemplarTimeline as ExemplarTimeline_8ad604f4febc85323cd250eb12c166ae } from '../../../../src/components/admin/register/ExemplarTimeline'
import { ImportExemplars as ImportExemplars_50e6a6af486a20aa55104060711e449e } from '../../../../src/components/admin/register/ImportExemplars'
import { AuditActionCell as AuditActionCell_c78f1f805457afb3a7692f51861ea034 } from '../../../../src/components/admin/AuditActionLabel'
import { AuditActionField as AuditActionField_c78f1f805457afb3a7692f51861ea034 } from '../../../../src/components/admin/AuditActionLabel'
import { AcceptNominationButton as AcceptNominationButton_15aaf97562964481eb67837570869484 } from '../../../../src/components/admin/nominations/AcceptNominationButton'
import { NavLinks as NavLinks_f334e005c82c2f65cc5f94247fd1d9ea } from '../../../../src/components/admin/NavLinks'
import { RoleDashboard as RoleDashboard_01e8fc106f03e5fbce8dcb80814fdbf6 } from '../../../../src/components/admin/dashboard/RoleDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { QuotaDashboard as QuotaDashboard_cb489ad6b17cd311679cd28d11d98e4c } from '../../../../src/components/admin/QuotaDashboard'
import { ReorganiseUnitsView as ReorganiseUnitsView_8660a2fb12e5b53cea1bf4605ba59824 } from '../../../../src/components/admin/ReorganiseUnitsView'
import { CampaignCalendar as CampaignCalendar_3b7643b13b912b04bba445d1a7304c05 } from '../../../../src/components/admin/editorial/CampaignCalendar'
import { JudgingView as JudgingView_075999e0cd6147bc2d074d3828bc85d3 } from '../../../../src/components/admin/judging/JudgingView'
import { LeaderboardView as LeaderboardView_27b9f08071825eb067c1123198c7f021 } from '../../../../src/components/admin/judging/LeaderboardView'
import { AnnualReportsView as AnnualReportsView_eb719783f2d31d4fda5a0672ed75dbbe } from '../../../../src/components/admin/AnnualReportsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/ArrayRowLabel#ArrayRowLabel": ArrayRowLabel_5a3d2115d55f809a70c16d8a417e15a0,
  "/src/components/admin/register/ExemplarTimeline#ExemplarTimeline": ExemplarTimeline_8ad604f4febc85323cd250eb12c166ae,
  "/src/components/admin/register/ImportExemplars#ImportExemplars": ImportExemplars_50e6a6af486a20aa55104060711e449e,
  "/src/components/admin/AuditActionLabel#AuditActionCell": AuditActionCell_c78f1f805457afb3a7692f51861ea034,
  "/src/components/admin/AuditActionLabel#AuditActionField": AuditActionField_c78f1f805457afb3a7692f51861ea034,
  "/src/components/admin/nominations/AcceptNominationButton#AcceptNominationButton": AcceptNominationButton_15aaf97562964481eb67837570869484,
  "/src/components/admin/NavLinks#NavLinks": NavLinks_f334e005c82c2f65cc5f94247fd1d9ea,
  "/src/components/admin/dashboard/RoleDashboard#RoleDashboard": RoleDashboard_01e8fc106f03e5fbce8dcb80814fdbf6,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/components/admin/QuotaDashboard#QuotaDashboard": QuotaDashboard_cb489ad6b17cd311679cd28d11d98e4c,
  "/src/components/admin/ReorganiseUnitsView#ReorganiseUnitsView": ReorganiseUnitsView_8660a2fb12e5b53cea1bf4605ba59824,
  "/src/components/admin/editorial/CampaignCalendar#CampaignCalendar": CampaignCalendar_3b7643b13b912b04bba445d1a7304c05,
  "/src/components/admin/judging/JudgingView#JudgingView": JudgingView_075999e0cd6147bc2d074d3828bc85d3,
  "/src/components/admin/judging/LeaderboardView#LeaderboardView": LeaderboardView_27b9f08071825eb067c1123198c7f021,
  "/src/components/admin/AnnualReportsView#AnnualReportsView": AnnualReportsView_eb719783f2d31d4fda5a0672ed75dbbe,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
