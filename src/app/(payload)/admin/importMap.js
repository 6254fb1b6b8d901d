import { FindingsPanel as FindingsPanel_4d64313264390f0c19fb33b8df0036ab } from '../../../../src/admin/FindingsPanel'
import { ReviewActions as ReviewActions_654b5a8f65fdd7e37ff7783be30f9bc1 } from '../../../../src/admin/ReviewActions'
import { StalenessCell as StalenessCell_e7c1c59dbdc78c9d7326feb2d92c19bc } from '../../../../src/admin/StalenessCell'
import { SourceChangedCell as SourceChangedCell_c2ffd2df76f1cf434981e8454d07a994 } from '../../../../src/admin/SourceChangedCell'
import { EvidenceCoverageCell as EvidenceCoverageCell_f16b1c26b011732400b67f0343757c0c } from '../../../../src/admin/evidence/EvidenceCoverageCell'
import { RscEntrySlateCell as RscEntrySlateCell_0e78253914a550fdacd75626f1dabe17 } from '@payloadcms/richtext-slate/rsc'
import { RscEntrySlateField as RscEntrySlateField_0e78253914a550fdacd75626f1dabe17 } from '@payloadcms/richtext-slate/rsc'
import { BoldLeafButton as BoldLeafButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { BoldLeaf as BoldLeaf_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { CodeLeafButton as CodeLeafButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { CodeLeaf as CodeLeaf_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { ItalicLeafButton as ItalicLeafButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { ItalicLeaf as ItalicLeaf_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { StrikethroughLeafButton as StrikethroughLeafButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { StrikethroughLeaf as StrikethroughLeaf_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { UnderlineLeafButton as UnderlineLeafButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { UnderlineLeaf as UnderlineLeaf_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { BlockquoteElementButton as BlockquoteElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { BlockquoteElement as BlockquoteElement_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { H1ElementButton as H1ElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { Heading1Element as Heading1Element_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { H2ElementButton as H2ElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { Heading2Element as Heading2Element_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { H3ElementButton as H3ElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { Heading3Element as Heading3Element_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { H4ElementButton as H4ElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { Heading4Element as Heading4Element_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { H5ElementButton as H5ElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { Heading5Element as Heading5Element_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { H6ElementButton as H6ElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { Heading6Element as Heading6Element_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { IndentButton as IndentButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { IndentElement as IndentElement_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { ListItemElement as ListItemElement_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { LinkButton as LinkButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { LinkElement as LinkElement_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { WithLinks as WithLinks_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { OLElementButton as OLElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { OrderedListElement as OrderedListElement_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { RelationshipButton as RelationshipButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { RelationshipElement as RelationshipElement_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { WithRelationship as WithRelationship_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { TextAlignElementButton as TextAlignElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { ULElementButton as ULElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { UnorderedListElement as UnorderedListElement_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { UploadElementButton as UploadElementButton_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { UploadElement as UploadElement_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { WithUpload as WithUpload_0b388c087d9de8c4f011dd323a130cfb } from '@payloadcms/richtext-slate/client'
import { DatasheetRowLabel as DatasheetRowLabel_0dcd64d83cedbf8f17d565391dc439e6 } from '../../../../src/admin/RowLabels'
import { LegalLinkRowLabel as LegalLinkRowLabel_0dcd64d83cedbf8f17d565391dc439e6 } from '../../../../src/admin/RowLabels'
import { CitationVerdict as CitationVerdict_fa3abdd62b1366df759dbcf6038315dc } from '../../../../src/admin/CitationVerdict'
import { JsonView as JsonView_10cc8d4865518ffb417729dbfd68148e } from '../../../../src/admin/JsonView'
import { AuditRowLabel as AuditRowLabel_0dcd64d83cedbf8f17d565391dc439e6 } from '../../../../src/admin/RowLabels'
import { TextItemRowLabel as TextItemRowLabel_0dcd64d83cedbf8f17d565391dc439e6 } from '../../../../src/admin/RowLabels'
import { CitationRowLabel as CitationRowLabel_0dcd64d83cedbf8f17d565391dc439e6 } from '../../../../src/admin/RowLabels'
import { EvidenceEntryView as EvidenceEntryView_7be323e50c97b1c450856af84fde1343 } from '../../../../src/admin/evidence/EvidenceEntryView'
import { EvidenceClaimField as EvidenceClaimField_dae07685e6b9b288a1ec4f9ca60b6a4f } from '../../../../src/admin/evidence/EvidenceClaimField'
import { EvidenceUrlField as EvidenceUrlField_1a716b766f64360f975811c39b2d7758 } from '../../../../src/admin/evidence/EvidenceUrlField'
import { PassagePicker as PassagePicker_f1a0271f0f258a01b32af503a628e266 } from '../../../../src/admin/evidence/PassagePicker'
import { EvidenceRowLabel as EvidenceRowLabel_0dcd64d83cedbf8f17d565391dc439e6 } from '../../../../src/admin/RowLabels'
import { MarkdownPreview as MarkdownPreview_96f5997f7164897937b8ac08889fb35f } from '../../../../src/admin/MarkdownPreview'
import { ProviderListFilters as ProviderListFilters_3b7149a34b3417d399f58a48109d78cc } from '../../../../src/admin/ProviderListFilters'
import { NoPublishButton as NoPublishButton_8b626721997367416f247a6adeb03d30 } from '../../../../src/admin/NoPublishButton'
import { ProviderVersions as ProviderVersions_7a5dd19d6d082a3fc3ecc4176a10dc93 } from '../../../../src/admin/ProviderVersions'
import { SnapshotDiff as SnapshotDiff_4977e3d9f630cf82d6770c2cec27ad94 } from '../../../../src/admin/SnapshotDiff'
import { SnapshotPassages as SnapshotPassages_790212e145b1a370bc5d7978bcc6b666 } from '../../../../src/admin/evidence/SnapshotPassages'
import { Icon as Icon_d598fc92588055068d3fbc469bb90f89 } from '../../../../src/admin/Branding'
import { Logo as Logo_d598fc92588055068d3fbc469bb90f89 } from '../../../../src/admin/Branding'
import { PublishNavLink as PublishNavLink_4adaad140d19fe506b619f77a5b931bc } from '../../../../src/admin/publish/PublishNavLink'
import { Inbox as Inbox_e3cdb00e48a6cbdc00b24e03093e2f03 } from '../../../../src/admin/Inbox'
import { BeforeLogin as BeforeLogin_d598fc92588055068d3fbc469bb90f89 } from '../../../../src/admin/Branding'
import { AccountLanguage as AccountLanguage_d77523556cc16d58e10e6cbd04f23d85 } from '../../../../src/admin/AccountLanguage'
import { PublishView as PublishView_11f9325efad462ed5becc58d99f9a4d4 } from '../../../../src/admin/publish/PublishView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/FindingsPanel#FindingsPanel": FindingsPanel_4d64313264390f0c19fb33b8df0036ab,
  "/src/admin/ReviewActions#ReviewActions": ReviewActions_654b5a8f65fdd7e37ff7783be30f9bc1,
  "/src/admin/StalenessCell#StalenessCell": StalenessCell_e7c1c59dbdc78c9d7326feb2d92c19bc,
  "/src/admin/SourceChangedCell#SourceChangedCell": SourceChangedCell_c2ffd2df76f1cf434981e8454d07a994,
  "/src/admin/evidence/EvidenceCoverageCell#EvidenceCoverageCell": EvidenceCoverageCell_f16b1c26b011732400b67f0343757c0c,
  "@payloadcms/richtext-slate/rsc#RscEntrySlateCell": RscEntrySlateCell_0e78253914a550fdacd75626f1dabe17,
  "@payloadcms/richtext-slate/rsc#RscEntrySlateField": RscEntrySlateField_0e78253914a550fdacd75626f1dabe17,
  "@payloadcms/richtext-slate/client#BoldLeafButton": BoldLeafButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#BoldLeaf": BoldLeaf_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#CodeLeafButton": CodeLeafButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#CodeLeaf": CodeLeaf_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#ItalicLeafButton": ItalicLeafButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#ItalicLeaf": ItalicLeaf_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#StrikethroughLeafButton": StrikethroughLeafButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#StrikethroughLeaf": StrikethroughLeaf_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#UnderlineLeafButton": UnderlineLeafButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#UnderlineLeaf": UnderlineLeaf_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#BlockquoteElementButton": BlockquoteElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#BlockquoteElement": BlockquoteElement_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#H1ElementButton": H1ElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#Heading1Element": Heading1Element_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#H2ElementButton": H2ElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#Heading2Element": Heading2Element_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#H3ElementButton": H3ElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#Heading3Element": Heading3Element_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#H4ElementButton": H4ElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#Heading4Element": Heading4Element_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#H5ElementButton": H5ElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#Heading5Element": Heading5Element_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#H6ElementButton": H6ElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#Heading6Element": Heading6Element_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#IndentButton": IndentButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#IndentElement": IndentElement_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#ListItemElement": ListItemElement_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#LinkButton": LinkButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#LinkElement": LinkElement_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#WithLinks": WithLinks_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#OLElementButton": OLElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#OrderedListElement": OrderedListElement_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#RelationshipButton": RelationshipButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#RelationshipElement": RelationshipElement_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#WithRelationship": WithRelationship_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#TextAlignElementButton": TextAlignElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#ULElementButton": ULElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#UnorderedListElement": UnorderedListElement_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#UploadElementButton": UploadElementButton_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#UploadElement": UploadElement_0b388c087d9de8c4f011dd323a130cfb,
  "@payloadcms/richtext-slate/client#WithUpload": WithUpload_0b388c087d9de8c4f011dd323a130cfb,
  "/src/admin/RowLabels#DatasheetRowLabel": DatasheetRowLabel_0dcd64d83cedbf8f17d565391dc439e6,
  "/src/admin/RowLabels#LegalLinkRowLabel": LegalLinkRowLabel_0dcd64d83cedbf8f17d565391dc439e6,
  "/src/admin/CitationVerdict#CitationVerdict": CitationVerdict_fa3abdd62b1366df759dbcf6038315dc,
  "/src/admin/JsonView#JsonView": JsonView_10cc8d4865518ffb417729dbfd68148e,
  "/src/admin/RowLabels#AuditRowLabel": AuditRowLabel_0dcd64d83cedbf8f17d565391dc439e6,
  "/src/admin/RowLabels#TextItemRowLabel": TextItemRowLabel_0dcd64d83cedbf8f17d565391dc439e6,
  "/src/admin/RowLabels#CitationRowLabel": CitationRowLabel_0dcd64d83cedbf8f17d565391dc439e6,
  "/src/admin/evidence/EvidenceEntryView#EvidenceEntryView": EvidenceEntryView_7be323e50c97b1c450856af84fde1343,
  "/src/admin/evidence/EvidenceClaimField#EvidenceClaimField": EvidenceClaimField_dae07685e6b9b288a1ec4f9ca60b6a4f,
  "/src/admin/evidence/EvidenceUrlField#EvidenceUrlField": EvidenceUrlField_1a716b766f64360f975811c39b2d7758,
  "/src/admin/evidence/PassagePicker#PassagePicker": PassagePicker_f1a0271f0f258a01b32af503a628e266,
  "/src/admin/RowLabels#EvidenceRowLabel": EvidenceRowLabel_0dcd64d83cedbf8f17d565391dc439e6,
  "/src/admin/MarkdownPreview#MarkdownPreview": MarkdownPreview_96f5997f7164897937b8ac08889fb35f,
  "/src/admin/ProviderListFilters#ProviderListFilters": ProviderListFilters_3b7149a34b3417d399f58a48109d78cc,
  "/src/admin/NoPublishButton#NoPublishButton": NoPublishButton_8b626721997367416f247a6adeb03d30,
  "/src/admin/ProviderVersions#ProviderVersions": ProviderVersions_7a5dd19d6d082a3fc3ecc4176a10dc93,
  "/src/admin/SnapshotDiff#SnapshotDiff": SnapshotDiff_4977e3d9f630cf82d6770c2cec27ad94,
  "/src/admin/evidence/SnapshotPassages#SnapshotPassages": SnapshotPassages_790212e145b1a370bc5d7978bcc6b666,
  "/src/admin/Branding#Icon": Icon_d598fc92588055068d3fbc469bb90f89,
  "/src/admin/Branding#Logo": Logo_d598fc92588055068d3fbc469bb90f89,
  "/src/admin/publish/PublishNavLink#PublishNavLink": PublishNavLink_4adaad140d19fe506b619f77a5b931bc,
  "/src/admin/Inbox#Inbox": Inbox_e3cdb00e48a6cbdc00b24e03093e2f03,
  "/src/admin/Branding#BeforeLogin": BeforeLogin_d598fc92588055068d3fbc469bb90f89,
  "/src/admin/AccountLanguage#AccountLanguage": AccountLanguage_d77523556cc16d58e10e6cbd04f23d85,
  "/src/admin/publish/PublishView#PublishView": PublishView_11f9325efad462ed5becc58d99f9a4d4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
