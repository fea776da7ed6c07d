import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type SiteId, SiteIdSchema, type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';

/**
 * The elements of local community engagement that GRI 413-1 lists, (i) to (viii).
 *
 * @remarks
 * - `socialImpactAssessment`: (i) social impact assessments, including gender impact
 *   assessments, based on participatory processes;
 * - `environmentalImpactAssessment`: (ii) environmental impact assessments and ongoing
 *   monitoring;
 * - `publicDisclosure`: (iii) public disclosure of the results of environmental and social impact
 *   assessments;
 * - `developmentPrograms`: (iv) local community development programs based on local communities'
 *   needs;
 * - `stakeholderEngagementPlan`: (v) stakeholder engagement plans based on stakeholder mapping;
 * - `consultationCommittees`: (vi) broad-based local community consultation committees and
 *   processes that include vulnerable groups;
 * - `workerRepresentation`: (vii) works councils, occupational health and safety committees and
 *   other worker representation bodies to deal with impacts;
 * - `grievanceProcess`: (viii) formal local community grievance processes.
 *
 * @example
 * ```ts
 * EngagementElementSchema.parse('grievanceProcess');
 * //=> 'grievanceProcess'
 * ```
 *
 * @category Model
 */
export const EngagementElementSchema = pure(() =>
  z.enum([
    'socialImpactAssessment',
    'environmentalImpactAssessment',
    'publicDisclosure',
    'developmentPrograms',
    'stakeholderEngagementPlan',
    'consultationCommittees',
    'workerRepresentation',
    'grievanceProcess',
  ]),
);

/**
 * One of the elements of local community engagement that GRI 413-1 lists, (i) to (viii).
 *
 * @remarks
 * - `'socialImpactAssessment'`: (i) social impact assessments, including gender impact
 *   assessments, based on participatory processes;
 * - `'environmentalImpactAssessment'`: (ii) environmental impact assessments and ongoing
 *   monitoring;
 * - `'publicDisclosure'`: (iii) public disclosure of the results of environmental and social
 *   impact assessments;
 * - `'developmentPrograms'`: (iv) local community development programs based on local
 *   communities' needs;
 * - `'stakeholderEngagementPlan'`: (v) stakeholder engagement plans based on stakeholder mapping;
 * - `'consultationCommittees'`: (vi) broad-based local community consultation committees and
 *   processes that include vulnerable groups;
 * - `'workerRepresentation'`: (vii) works councils, occupational health and safety committees
 *   and other worker representation bodies to deal with impacts;
 * - `'grievanceProcess'`: (viii) formal local community grievance processes.
 *
 * The schema is `CommunityAssessmentSchema.shape.elements.element`.
 *
 * @example
 * ```ts
 * const element: EngagementElement = 'publicDisclosure';
 * ```
 *
 * @category Model
 */
export type EngagementElement =
  | 'socialImpactAssessment'
  | 'environmentalImpactAssessment'
  | 'publicDisclosure'
  | 'developmentPrograms'
  | 'stakeholderEngagementPlan'
  | 'consultationCommittees'
  | 'workerRepresentation'
  | 'grievanceProcess';

/**
 * Which GRI 413-1 community engagement elements a site has implemented, as of a date.
 *
 * @remarks
 * An assessment is the dataset's statement about the site on `asOf`: an element listed in
 * `elements` is implemented, one not listed is stated as not implemented, and a record with no
 * element and no meeting states that none was done. A site without any assessment is unknown,
 * not "none". `communityMeetings` records meetings with members of the local community that the
 * sources report (GRI 413-1 counts "local community engagement" *including* the elements (i) to
 * (viii), so a recorded meeting is engagement even when none of the listed elements is stated).
 *
 * @example
 * ```ts
 * CommunityAssessmentSchema.parse({ siteId: 'site-chovdar', asOf: '2024-12-31', elements: ['developmentPrograms'], sourceIds: [] }).elements;
 * //=> ['developmentPrograms']
 * ```
 *
 * @category Model
 */
export const CommunityAssessmentSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The site (operation) assessed. */
      siteId: SiteIdSchema,
      /** The day the assessment refers to. */
      asOf: CalendarDateSchema,
      /** The GRI 413-1 elements implemented at the site. */
      elements: () => z.array(EngagementElementSchema),
      /** The days of meetings with members of the local community that the sources record. */
      communityMeetings: () => z.array(CalendarDateSchema).optional(),
      /** The sources of the assessment. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * Which GRI 413-1 community engagement elements a site has implemented, as of a date (see
 * {@link CommunityAssessmentSchema}).
 *
 * @remarks
 * An assessment is the dataset's statement about the site on `asOf`: an element listed in
 * `elements` is implemented, one not listed is stated as not implemented, and a record with no
 * element and no meeting states that none was done. A site without any assessment is unknown,
 * not "none". `communityMeetings` records meetings with members of the local community that the
 * sources report (GRI 413-1 counts "local community engagement" *including* the elements (i) to
 * (viii), so a recorded meeting is engagement even when none of the listed elements is stated).
 *
 * @example
 * ```ts
 * const assessment: CommunityAssessment = CommunityAssessmentSchema.parse({ siteId: 's1', asOf: '2024-12-31', elements: [], sourceIds: [] });
 * ```
 *
 * @category Model
 */
export interface CommunityAssessment {
  /** The site (operation) assessed. */
  readonly siteId: SiteId;
  /** The day the assessment refers to. */
  readonly asOf: CalendarDate;
  /** The GRI 413-1 elements implemented at the site. */
  readonly elements: readonly EngagementElement[];
  /** The days of meetings with members of the local community that the sources record. */
  readonly communityMeetings?: readonly CalendarDate[] | undefined;
  /** The sources of the assessment. */
  readonly sourceIds: readonly SourceId[];
}
