/**
 * The content of the sample map, read from the article "Kazakhstan as a
 * Mediator in International Affairs" (Assyl Okapova, 2 November 2016).
 * Every `quote` is copied verbatim from the article (a test checks this).
 * `npm run sample` turns it into resources/examples/kazakhstan-mediator.argmap.
 */
import type { NodeKind, RelationKind } from '../src/shared/model/kinds';

export interface SampleNode {
  id: string;
  kind: NodeKind;
  text: string;
  quote: string;
  tags?: string[];
  notes?: string;
}

export interface SampleRelation {
  id: string;
  kind: RelationKind;
  from: string[];
  to: { node: string } | { relation: string };
}

export const sampleMeta = {
  title: 'Kazakhstan as a Mediator in International Affairs',
  author: 'Argmap sample, mapped from the article by Assyl Okapova',
  date: '2016-11-02',
  description:
    'The article’s case for Kazakhstan’s international profile and its role as a mediator, the experts’ counterargument about peacemaking resources, the author’s rebuttal, and the author’s recommendations.',
  source: {
    title: 'Kazakhstan as a Mediator in International Affairs',
    author: 'Assyl Okapova',
    date: '2016-11-02',
  },
};

export const sampleNodes: SampleNode[] = [
  // The thesis and the initiatives behind it.
  {
    id: 'profile',
    kind: 'thesis',
    text: 'Kazakhstan has established a noticeably respected profile in international affairs.',
    quote: 'has also established a noticeably respected profile in international affairs',
  },
  {
    id: 'initiatives',
    kind: 'claim',
    text: 'Over 25 years Kazakhstan’s initiatives have aimed at peace and stability and at bridging gulfs of religion and culture, and they are acknowledged around the world.',
    quote:
      'These initiatives have been aimed at establishing peace and stability and bridging the gulfs that exist across the globe on the basis of religion, culture and other conflicting positions.',
    tags: ['initiatives'],
  },
  {
    id: 'nuclear-free',
    kind: 'evidence',
    text: 'Kazakhstan strives for nuclear-weapons-free spaces.',
    quote: 'Kazakhstan’s striving for nuclear-weapons-free spaces',
    tags: ['initiatives', 'nuclear'],
  },
  {
    id: 'cica',
    kind: 'evidence',
    text: 'CICA (Conference on Interaction and CBMs in Asia) is on the way from a forum to a full-fledged organization.',
    quote:
      'Conference on Interaction and CBMs in Asia (CICA) is now on the way to graduate from a forum to a full-fledged organization',
    tags: ['initiatives', 'Asia'],
  },
  {
    id: 'religions',
    kind: 'evidence',
    text: 'The congress of leaders of world religions and faiths has become an awaited, acknowledged forum.',
    quote: 'the congress of leaders of global religions and faiths has evolved in to an awaited and acknowledged forum',
    tags: ['initiatives', 'religion'],
  },
  {
    id: 'diplomatic-hub',
    kind: 'claim',
    text: 'Astana is known as a capital bustling with high-calibre diplomatic activity almost all year.',
    quote: 'Astana is now known a capital bustling with diplomatic activity of high caliber almost throughout the year',
    tags: ['Astana'],
  },
  {
    id: 'osce-2010',
    kind: 'evidence',
    text: 'Astana hosted the once-in-a-decade OSCE summit of 2010.',
    quote: 'OSCE summit of 2010 was once-in-a-decade activity hosted by Astana',
    tags: ['Astana', 'OSCE'],
  },
  {
    id: 'oic-chair',
    kind: 'evidence',
    text: 'Kazakhstan chaired the OIC council of foreign ministers.',
    quote: 'Kazakhstan also served as chair of the council of foreign ministers of OIC',
    tags: ['OIC'],
  },
  {
    id: 'food-security',
    kind: 'evidence',
    text: 'It proposed, and the OIC approved, a centre for food security.',
    quote: 'proposed and got approved the center for food security from the platform of OIC',
    tags: ['OIC'],
  },
  {
    id: 'fuel-bank',
    kind: 'evidence',
    text: 'The nuclear fuel bank is to be housed in Kazakhstan.',
    quote: 'nuclear fuel bank is to be housed in Kazakhstan in near future',
    tags: ['nuclear'],
  },
  {
    id: 'sco',
    kind: 'evidence',
    text: 'SCO high-level meetings, including a summit, take place in the country.',
    quote: 'SCO’s high level meetings including summit have been taking place in the country',
    tags: ['SCO'],
  },
  {
    id: 'eeu',
    kind: 'evidence',
    text: 'The Eurasian Economic Union got its momentum from top-level meetings in Kazakhstan.',
    quote:
      'Eurasian Economic Union (EEU) got its momentum from its top-level interactions taking place in the large steppe nation',
    tags: ['Eurasia'],
  },
  // Kazakhstan as a mediating nation.
  {
    id: 'mediator',
    kind: 'claim',
    text: 'In the past half decade Kazakhstan has established its profile as a mediating nation in world affairs.',
    quote:
      'Kazakhstan, during past half a decade or so, has also established its profile as a mediating nation, in the world affairs.',
    tags: ['mediation'],
  },
  {
    id: 'iran-talks',
    kind: 'evidence',
    text: 'Astana mediated between Iran and the P5+1 on Iran’s nuclear programme: talks in Almaty in February and April 2013.',
    quote: 'The most notable mediation exercise undertaken by Astana was between Iran and P5+1',
    tags: ['mediation', 'Iran'],
  },
  {
    id: 'foundation-2015',
    kind: 'reason',
    text: 'Those Almaty talks set the foundation for the broad-based agreement reached in 2015.',
    quote:
      'the foundation for a broad-based agreement later reached in 2015 was set in those initial interactions held in Almaty',
    tags: ['Iran'],
  },
  {
    id: 'impartiality',
    kind: 'evidence',
    text: 'Iran and the P5+1 expressed confidence in Kazakhstan’s ability to mediate and in its impartiality.',
    quote:
      'Iranian as well as the representatives of P5+1 had even then expressed their confidence in the country’s ability to mediate in such issues, and more importantly so in its impartiality.',
    tags: ['Iran'],
  },
  {
    id: 'water-dispute',
    kind: 'evidence',
    text: 'Astana worked to resolve Central Asia’s transboundary water conflicts, chiefly Uzbekistan–Tajikistan over the Rogun dam on the Amudarya.',
    quote:
      'Astana also had been striving to resolve the transboundary water sharing conflicts in central Asia, primarily the one between Uzbekistan and Tajikistan on the latter’s plan to build contentious Rogun dam on Amudarya',
    tags: ['mediation', 'water'],
  },
  {
    id: 'ukraine-syria',
    kind: 'evidence',
    text: 'Kazakhstan endeavoured to mediate in the Ukrainian crisis and the Syrian conflict.',
    quote: 'Kazakhstan also endeavored to mediate in case of the Ukrainian crisis and Syrian conflict',
    tags: ['mediation'],
  },
  {
    id: 'limited-success',
    kind: 'objection',
    text: 'Its mediation in Ukraine and Syria had only limited success.',
    quote: 'though with a limited success',
    tags: ['mediation'],
  },
  {
    id: 'complex-conflicts',
    kind: 'rebuttal',
    text: 'The limited success was due mainly to the complicated nature of those conflicts and the regional and global pushes and pulls shaping them, not to the mediator.',
    quote:
      'which was due mainly to complicated nature of the conflicts involved and many pushes and pulls – regional and global – shaping and reshaping these lingering conflicts',
    notes:
      'Undercuts the inference from limited success to a weaker mediating record: the cause lies in the conflicts.',
  },
  // The experts' counterargument and the author's rebuttal.
  {
    id: 'experts-resources',
    kind: 'objection',
    text: 'Experts: Kazakhstan’s mediation may not be very effective, because the country lacks the resources essential for peacemaking.',
    quote:
      'Some of the experts argue that Kazakhstan’s role as a mediator may not be very effective as the country lacks resources essential for peacemaking.',
    tags: ['experts', 'resources'],
  },
  {
    id: 'mediation-not-peacemaking',
    kind: 'rebuttal',
    text: 'Mediation and peacemaking are different: they complement each other but are not a ‘half’ of each other.',
    quote:
      'There is a clear difference between mediation and peacemaking, and two, while complementing each other, are not necessarily a ‘half’ of each other.',
    tags: ['resources'],
  },
  {
    id: 'no-binding-duty',
    kind: 'reason',
    text: 'Offers to mediate should not be mixed with binding duties to provide financial, material and human resources for peacemaking.',
    quote:
      'One should not mix mediation initiatives, and offers for the same by Astana with any binding responsibilities for providing resources – financial, material and human – for peacemaking.',
    tags: ['resources'],
  },
  {
    id: 'switzerland-norway',
    kind: 'evidence',
    text: 'When Switzerland or Norway mediate a conflict, nobody requires them to commit money or troops to establish peace.',
    quote:
      'if a nation like Switzerland or Norway commits to mediate in case of some conflict, it also should not be considered mandatory for these countries to commit financial resources or troops to establish peace',
    tags: ['analogy'],
  },
  {
    id: 'single-mediator',
    kind: 'reason',
    text: 'The mediator is usually one country or organization…',
    quote: 'Mediator is usually one country or the organization',
    tags: ['resources'],
  },
  {
    id: 'shared-responsibility',
    kind: 'reason',
    text: '…but peacekeeping and post-mediation stability are a shared responsibility.',
    quote: 'but peacekeeping and post mediation stability, understandably, is a shared responsibility',
    tags: ['resources'],
  },
  // The author's recommendations.
  {
    id: 'no-over-expansion',
    kind: 'recommendation',
    text: 'Astana should not over-expand its role as a mediator into far-away issues and conflicts.',
    quote: 'Astana should also not endeavour to over-expand its role as a mediator in far-away issues and conflicts',
    tags: ['recommendation'],
  },
  {
    id: 'post-soviet-first',
    kind: 'recommendation',
    text: 'First priority: make Astana the unrivalled mediating venue and power for the conflicts of the post-Soviet space.',
    quote:
      'The first priority should be to establish Astana as an unrivaled mediating venue and power in case of conflicts that are plaguing the peace and stability in the post-soviet space.',
    tags: ['recommendation', 'post-Soviet'],
  },
  {
    id: 'asia-muslim-next',
    kind: 'recommendation',
    text: 'Then the issues of the Asian continent, especially the Muslim world, before looking elsewhere.',
    quote:
      'Then are the issues on the Asian continent and especially in case of the Muslim world; before one can look elsewhere.',
    tags: ['recommendation', 'Asia'],
  },
  {
    id: 'baku-yerevan',
    kind: 'recommendation',
    text: 'Kazakhstan is well placed to mediate between Baku and Yerevan.',
    quote: 'Kazakhstan is well placed to mediate between Baku and Yerevan',
    tags: ['recommendation', 'post-Soviet'],
  },
  {
    id: 'moscow-ankara',
    kind: 'recommendation',
    text: 'Kazakhstan should help de-escalate the tensions between Moscow and Ankara.',
    quote: 'in case of deescalating the tensions between Moscow and Ankara',
    tags: ['recommendation'],
  },
  {
    id: 'eurasian-stability',
    kind: 'reason',
    text: 'For the broader peace and stability of the Eurasian landmass, such a major initiative is the need of the hour.',
    quote:
      'considering the broader peace and stability of the Eurasian landmass, such a major initiative is need of the hour',
    tags: ['Eurasia'],
  },
];

const support = (id: string, from: string | string[], to: string): SampleRelation => ({
  id,
  kind: 'support',
  from: Array.isArray(from) ? from : [from],
  to: { node: to },
});
const attack = (id: string, from: string, to: string): SampleRelation => ({
  id,
  kind: 'attack',
  from: [from],
  to: { node: to },
});

export const sampleRelations: SampleRelation[] = [
  support('initiatives-profile', 'initiatives', 'profile'),
  support('hub-profile', 'diplomatic-hub', 'profile'),
  support('mediator-profile', 'mediator', 'profile'),
  support('nuclear-free-initiatives', 'nuclear-free', 'initiatives'),
  support('cica-initiatives', 'cica', 'initiatives'),
  support('religions-initiatives', 'religions', 'initiatives'),
  support('osce-hub', 'osce-2010', 'diplomatic-hub'),
  support('oic-chair-hub', 'oic-chair', 'diplomatic-hub'),
  support('food-security-hub', 'food-security', 'diplomatic-hub'),
  support('fuel-bank-hub', 'fuel-bank', 'diplomatic-hub'),
  support('sco-hub', 'sco', 'diplomatic-hub'),
  support('eeu-hub', 'eeu', 'diplomatic-hub'),
  support('iran-mediator', 'iran-talks', 'mediator'),
  support('foundation-iran', 'foundation-2015', 'iran-talks'),
  support('impartiality-iran', 'impartiality', 'iran-talks'),
  support('water-mediator', 'water-dispute', 'mediator'),
  support('ukraine-syria-mediator', 'ukraine-syria', 'mediator'),
  attack('limited-success-ukraine-syria', 'limited-success', 'ukraine-syria'),
  {
    id: 'complex-undercuts-limited',
    kind: 'undercut',
    from: ['complex-conflicts'],
    to: { relation: 'limited-success-ukraine-syria' },
  },
  attack('experts-mediator', 'experts-resources', 'mediator'),
  attack('rebuttal-experts', 'mediation-not-peacemaking', 'experts-resources'),
  support('no-binding-rebuttal', 'no-binding-duty', 'mediation-not-peacemaking'),
  support('switzerland-no-binding', 'switzerland-norway', 'no-binding-duty'),
  // Only together do these show why the mediator need not bring the resources.
  support('shared-duty-rebuttal', ['single-mediator', 'shared-responsibility'], 'mediation-not-peacemaking'),
  // A recommendation follows from what supports it ("therefore"): the author's mediation record
  // leads to the first priority, which leads to the two concrete mediations and, with the next
  // priority, to not over-expanding.
  support('mediator-post-soviet', 'mediator', 'post-soviet-first'),
  support('post-soviet-no-over-expansion', 'post-soviet-first', 'no-over-expansion'),
  support('asia-no-over-expansion', 'asia-muslim-next', 'no-over-expansion'),
  support('post-soviet-baku', 'post-soviet-first', 'baku-yerevan'),
  support('post-soviet-moscow', 'post-soviet-first', 'moscow-ankara'),
  support('eurasia-baku', 'eurasian-stability', 'baku-yerevan'),
  support('eurasia-moscow', 'eurasian-stability', 'moscow-ankara'),
  // The cross-link: the limited success far away is why the author advises against over-expansion.
  support('limited-success-no-over-expansion', 'limited-success', 'no-over-expansion'),
];
