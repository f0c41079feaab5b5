import type { EntityManager } from 'typeorm';
import { Organisation } from '#libs/identity';
import { ANY, Offer, OfferStatus, OfferVisibility, OffersService, StandingCriteria } from '#libs/offers';

/** Illustrative offers of the demo donor (Germany), and one standing criteria. */
const DEMO_OFFERS = [
  {
    title: 'Marking and record-keeping support for West and Central African States',
    description:
      'Grants and equipment for marking State-held small arms and computerising national registers: marking machines, software, and training of registry staff. Projects are implemented with a UN agency or a regional organisation.',
    language: 'en',
    thematicAreas: ['MARKING', 'RECORD_KEEPING'],
    assistanceTypes: ['FINANCIAL', 'EQUIPMENT', 'TRAINING'],
    eligibleRegionalOrganisations: ['ECOWAS', 'ECCAS'],
    budget: { currency: 'EUR', total: '3000000.00', min: '100000.00', max: '800000.00' },
    workingLanguages: ['en', 'fr'],
    modality: 'Grant through an implementing partner',
    status: OfferStatus.PUBLISHED,
    visibility: OfferVisibility.PUBLIC,
  },
  {
    title: 'Sécurisation des dépôts d’armes et gestion des stocks',
    description:
      'Appui à la réhabilitation d’armureries, à la formation de gestionnaires de stocks et à la destruction des surplus, dans les États membres de l’Union africaine.',
    language: 'fr',
    thematicAreas: ['STOCKPILE_MANAGEMENT', 'DESTRUCTION_DISPOSAL'],
    assistanceTypes: ['EQUIPMENT', 'TECHNICAL', 'TRAINING'],
    eligibleRegionalOrganisations: ['AU'],
    budget: { currency: 'EUR', total: '2000000.00', min: '150000.00', max: '600000.00' },
    workingLanguages: ['fr', 'en'],
    modality: 'Assistance technique et équipement',
    status: OfferStatus.PUBLISHED,
    visibility: OfferVisibility.PUBLIC,
  },
  {
    title: 'Legal drafting expertise for firearms legislation',
    description: 'Experts seconded for up to six months to help draft or revise firearms laws, regulations and licensing procedures.',
    language: 'en',
    thematicAreas: ['LEGISLATION', 'CIVILIAN_ACCESS'],
    assistanceTypes: ['LEGAL_DRAFTING', 'EXPERTISE_PERSONNEL'],
    eligibleEverywhere: true,
    budget: { currency: 'EUR', total: '400000.00', min: null, max: '120000.00' },
    workingLanguages: ['en', 'fr', 'es'],
    modality: 'Expert secondment',
    status: OfferStatus.SUBMITTED,
    visibility: OfferVisibility.STATES_AND_DONORS,
  },
] as const;

/** Loads the demo offers once (skipped when the donor has offers already). */
export async function loadDemoOffers(manager: EntityManager, offers: OffersService, donorName: string, today: string): Promise<number> {
  const donor = await manager.findOneBy(Organisation, { name: donorName });
  if (!donor || (await manager.existsBy(Offer, { organisationId: donor.id }))) return 0;
  const ids: string[] = [];
  for (const spec of DEMO_OFFERS) {
    const offer = await manager.save(
      manager.create(Offer, {
        organisationId: donor.id,
        status: spec.status,
        publishedAt: spec.status === OfferStatus.PUBLISHED ? new Date() : null,
        originalLanguage: spec.language,
        title: spec.title,
        description: spec.description,
        thematicAreas: [...spec.thematicAreas],
        assistanceTypes: [...spec.assistanceTypes],
        eligibleEverywhere: 'eligibleEverywhere' in spec ? spec.eligibleEverywhere : false,
        eligibleRegionalOrganisations: 'eligibleRegionalOrganisations' in spec ? [...spec.eligibleRegionalOrganisations] : [],
        budgetCurrency: spec.budget.currency,
        budgetTotal: spec.budget.total,
        budgetMinPerProject: spec.budget.min,
        budgetMaxPerProject: spec.budget.max,
        budgetRemaining: spec.budget.total,
        availableFrom: today,
        availableUntil: `${Number(today.slice(0, 4)) + 2}-12-31`,
        workingLanguages: [...spec.workingLanguages],
        modality: spec.modality,
        contactName: 'Demo donor desk',
        contactEmail: 'donor.germany@example.org',
        visibility: spec.visibility,
      }),
    );
    ids.push(offer.id);
  }
  await offers.refreshUsdEquivalents(manager, { offerIds: ids });
  await manager.save(
    manager.create(StandingCriteria, {
      organisationId: donor.id,
      name: 'Marking, record-keeping and stockpiles in Africa',
      thematicAreas: ['MARKING', 'RECORD_KEEPING', 'STOCKPILE_MANAGEMENT'],
      assistanceTypes: [ANY],
      places: ['M49:002'],
      languages: [ANY],
      budgetUsdMin: '50000.00',
      budgetUsdMax: '1500000.00',
    }),
  );
  return ids.length;
}
